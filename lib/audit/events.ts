/**
 * Audit entries of events that do not go through adminAction() or the
 * editorial workflow: sign-in. (Sign-out, password changes and uploads call
 * recordAuditAfter directly.)
 */
import type { SignInResult } from '../auth/sign-in';
import type { PrismaClient } from '../generated/prisma/client';
import { recordAuditAfter, type AuditRecord } from './log';

/**
 * The entry of a sign-in attempt: success, or a wrong email/password or a
 * disabled account (the email typed is kept). Empty forms (400) and attempts
 * refused by the rate limit before any password check (429) are not entries:
 * the limit keeps their count in LoginAttempt, and logging each would let
 * anyone fill the log.
 */
export function signInRecord(email: string, result: SignInResult, address: string): AuditRecord | null {
  if (result.ok) return { actor: result.user, address, action: 'auth.sign-in' };
  if (result.status !== 401 && result.status !== 403) return null;
  return {
    actor: { email: email.trim().toLowerCase() },
    address,
    action: 'auth.sign-in-failed',
    detail: { reason: result.status === 403 ? 'account disabled' : 'wrong email or password' },
  };
}

export async function recordSignIn(db: PrismaClient, email: string, result: SignInResult, address: string): Promise<void> {
  const record = signInRecord(email, result, address);
  if (record) await recordAuditAfter(db, record);
}
