import type { z } from 'zod';
import { fieldErrors, type FieldErrors } from '../validation/errors';

/**
 * The one shape of an admin write (lib/<domain>/admin.ts): what it saved and
 * the public cache tags it changed (lib/cache/tags.ts), or why it was refused.
 * The caller — the server-action wrapper in ./action.ts, or a route handler —
 * passes `invalidate` to the one invalidate(). Writes never import Next.
 */
export type AdminResult<T> = Saved<T> | Refused;

export type Saved<T> = { ok: true; value: T; invalidate: string[] };

/** `status`: 400 invalid input, 404 gone, 409 conflicts with the current state, 413/415 unusable upload. */
export type Refused = { ok: false; error: string; fieldErrors: FieldErrors; status: number };

export const saved = <T>(value: T, invalidate: string[] = []): Saved<T> => ({ ok: true, value, invalidate });

export function refused(error: string, fieldErrors: FieldErrors = {}, status = 400): Refused {
  return { ok: false, error, fieldErrors, status };
}

/** A refusal that belongs to one form field: the summary says to check the fields, the field says why. */
export function refusedField(what: string, field: string, message: string, status = 400): Refused {
  return refused(`The ${what} was not saved. Check the fields below.`, { [field]: message }, status);
}

/** Parses `input` with `schema`, or the refusal naming every invalid field of the `what` ("section", "link"). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string, verb = 'saved'): { ok: true; data: z.output<S> } | Refused {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = fieldErrors(parsed.error);
  // A single input (an id) has no field to point at: say what is wrong directly.
  if (Object.keys(errors).length === 1 && errors.form) return refused(errors.form);
  return refused(`The ${what} was not ${verb}. Check the fields below.`, errors);
}
