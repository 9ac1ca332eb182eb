import type { z } from 'zod';

/** Messages keyed by field path: "title", "body.3.content"; "form" for the whole input. */
export type FieldErrors = Record<string, string>;

/** zod issues → the first message for each field path. The one flattener every form and API uses. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path.join('.') || 'form'] ??= issue.message;
  return out;
}

/** The first message of a failed parse (for inputs with one field, like an id). */
export function firstError(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Invalid input.';
}
