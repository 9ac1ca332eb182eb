/**
 * Signing in with email and password: rate limiting, password check, session.
 * Used by the sign-in route (app/admin/api/sign-in/route.ts) and tests.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { GateFullError } from '../server/gate';
import { verifyAgainstDummy, verifyPassword } from './password';
import { MAX_PASSWORD_LENGTH } from './password-policy';
import type { Role } from './permissions';
import { cancelAttempt, normalizeEmail, rateLimitMessage, releaseAttempt, reserveAttempt } from './rate-limit';
import { createSession, pruneSessions } from './sessions';

export const INVALID_CREDENTIALS = 'Incorrect email or password.';
export const ACCOUNT_DISABLED = 'This account has been disabled. Ask an administrator to re-enable it.';
export const SIGN_IN_BUSY = 'Too many sign-ins at once. Try again in a moment.';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; status: 400 | 401 | 403 | 429 | 503; error: string; retryAfterSeconds?: number };

export async function signIn(db: PrismaClient, input: { email: string; password: string; address: string }, now: Date = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  if (!email || !input.password) return { ok: false, status: 400, error: 'Enter your email and password.' };

  // Reserve the attempt before any password is checked (a parallel burst gets no more than the limit).
  const reserved = await reserveAttempt(db, { email, address: input.address }, now);
  if (!reserved.ok) {
    return { ok: false, status: 429, error: rateLimitMessage(reserved.retryAfterSeconds), retryAfterSeconds: reserved.retryAfterSeconds };
  }

  const user = email.length <= 320 ? await db.user.findUnique({ where: { email } }) : null;
  let passwordOk: boolean;
  try {
    passwordOk = user && input.password.length <= MAX_PASSWORD_LENGTH ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  } catch (error) {
    if (!(error instanceof GateFullError)) throw error;
    await cancelAttempt(db, reserved.reservation);
    return { ok: false, status: 503, error: SIGN_IN_BUSY, retryAfterSeconds: 1 };
  }

  // A failure keeps its reservation: that is what counts it.
  if (!user || !passwordOk) return { ok: false, status: 401, error: INVALID_CREDENTIALS };
  // The password was right, so saying why is safe; still counts as a failure.
  if (user.disabled) return { ok: false, status: 403, error: ACCOUNT_DISABLED };

  // Housekeeping on the (rare) successful sign-in: this account's count here, old counters, dead sessions.
  await releaseAttempt(db, reserved.reservation, now);
  await pruneSessions(db, now);
  const { token, expiresAt } = await createSession(db, user.id, now);
  return { ok: true, token, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
