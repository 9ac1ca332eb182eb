/**
 * Signing in with email and password: rate limiting, password check, session.
 * Used by the sign-in route (app/admin/api/sign-in/route.ts) and tests.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { verifyAgainstDummy, verifyPassword } from './password';
import { MAX_PASSWORD_LENGTH } from './password-policy';
import type { Role } from './permissions';
import { checkRateLimit, clearFailures, normalizeEmail, rateLimitMessage, recordFailure } from './rate-limit';
import { createSession, pruneSessions } from './sessions';

export const INVALID_CREDENTIALS = 'Incorrect email or password.';
export const ACCOUNT_DISABLED = 'This account has been disabled. Ask an administrator to re-enable it.';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; status: 400 | 401 | 403 | 429; error: string; retryAfterSeconds?: number };

export async function signIn(db: PrismaClient, input: { email: string; password: string; address: string }, now: Date = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  if (!email || !input.password) return { ok: false, status: 400, error: 'Enter your email and password.' };

  const limit = await checkRateLimit(db, { email, address: input.address }, now);
  if (limit.limited) {
    return { ok: false, status: 429, error: rateLimitMessage(limit.retryAfterSeconds), retryAfterSeconds: limit.retryAfterSeconds };
  }

  const user = email.length <= 320 ? await db.user.findUnique({ where: { email } }) : null;
  const passwordOk = user && input.password.length <= MAX_PASSWORD_LENGTH ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);

  if (!user || !passwordOk) {
    await recordFailure(db, { email, address: input.address }, now);
    return { ok: false, status: 401, error: INVALID_CREDENTIALS };
  }
  if (user.disabled) {
    // The password was right, so saying why is safe; still counts as a failure.
    await recordFailure(db, { email, address: input.address }, now);
    return { ok: false, status: 403, error: ACCOUNT_DISABLED };
  }

  // Housekeeping on the (rare) successful sign-in: old failures, dead sessions.
  await clearFailures(db, email, now);
  await pruneSessions(db, now);
  const { token, expiresAt } = await createSession(db, user.id, now);
  return { ok: true, token, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
