import { z } from 'zod';
import type { AdminResult } from '../admin/result';
import { isSameOrigin } from '../auth/origin';
import { requirePermission } from '../auth/session';
import type { SessionUser } from '../auth/sessions';
import { invalidate } from '../cache/invalidate';
import { db } from '../db/client';
import { articleAccess } from './access';
import { BodyTooLargeError, readJsonBody } from '../server/body';
import { fieldErrors } from '../validation/errors';
import type { WriteOutcome } from './save';

/** Glue for the /admin/api/articles route handlers: auth, input, output. */

const noStore = { 'Cache-Control': 'private, no-store' };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

/**
 * The signed-in staff member for an article API call, or the error Response.
 * Writes must be same-origin JSON (a cross-site form cannot send them).
 */
export async function articleApiUser(req: Request): Promise<SessionUser | Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (!isSameOrigin(req)) return json({ ok: false, error: 'forbidden', message: 'Cross-site request refused.' }, 403);
    if (req.method !== 'DELETE' && !req.headers.get('content-type')?.includes('application/json')) {
      return json({ ok: false, error: 'invalid', message: 'Send JSON (Content-Type: application/json).', fieldErrors: {} }, 415);
    }
  }
  return requirePermission('articles:edit-own');
}

/** Largest JSON body the API reads (an article of 100,000 words is about 700 KB). */
export const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * Parses the JSON body (at most JSON_BODY_LIMIT bytes, else 413 before it
 * is all read) with `schema`, or a 400 Response naming what is wrong.
 */
export async function readJson<T>(req: Request, schema: z.ZodType<T>): Promise<T | Response> {
  let raw: unknown;
  try {
    raw = await readJsonBody(req, JSON_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return Response.json({ ok: false, error: 'too-large', message: error.message, fieldErrors: {} }, { status: 413, headers: { ...noStore, Connection: 'close' } });
    }
    return json({ ok: false, error: 'invalid', message: 'The request body is not valid JSON.', fieldErrors: {} }, 400);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  return json({ ok: false, error: 'invalid', message: 'The request is missing or has invalid fields.', fieldErrors: fieldErrors(parsed.error) }, 400);
}

/** Invalidates what the write changed, then answers with its result. */
export async function respond(outcome: WriteOutcome): Promise<Response> {
  if (outcome.invalidate.length) await invalidate(outcome.invalidate);
  return json(outcome.result, outcome.status);
}

const ERROR_CODES: Record<number, string> = { 403: 'forbidden', 404: 'not-found', 409: 'not-allowed', 413: 'too-large' };

/**
 * For routes over an AdminResult write (lib/<domain>/admin.ts, ADR 009):
 * invalidates its tags, then answers `{ok: true, value}` with `status`, or
 * the refusal as `{ok: false, error, message, fieldErrors}` with its status.
 */
export async function respondResult<T>(result: AdminResult<T>, status = 200): Promise<Response> {
  if (!result.ok) return json({ ok: false, error: ERROR_CODES[result.status] ?? 'invalid', message: result.error, fieldErrors: result.fieldErrors }, result.status);
  if (result.invalidate.length) await invalidate(result.invalidate);
  return json({ ok: true, value: result.value }, status);
}

export const idParam = z.string().uuid();

/**
 * The signed-in user and article id of a call on one article
 * (/admin/api/articles/:id/...), or the 404 / 403 Response when it does not
 * exist or the user may not open it (./access.ts decides).
 */
export async function articleApiTarget(req: Request, params: Promise<{ id: string }>): Promise<{ user: SessionUser; id: string } | Response> {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const { id } = await params;
  const access = await articleAccess(db(), user, id);
  if (access === 'missing') return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  if (access === 'forbidden') return json({ ok: false, error: 'forbidden', message: 'You cannot open this article.' }, 403);
  return { user, id };
}
