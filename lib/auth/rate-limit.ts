/**
 * Sign-in rate limiting, stored in PostgreSQL (table "LoginAttempt") so that
 * every instance of the site sees the same counts.
 *
 * Each failed sign-in is a row (email, address, time). Before checking a
 * password, the failures in the last RATE_LIMIT_WINDOW_MS are counted per
 * email and per client address; at MAX_FAILURES_PER_EMAIL or
 * MAX_FAILURES_PER_ADDRESS the attempt is refused without looking at the
 * password. A successful sign-in clears that account's failures.
 */
import type { PrismaClient } from '../generated/prisma/client';

export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Failures older than this are deleted (housekeeping). */
const RETENTION_MS = 24 * 60 * 60 * 1000;

export type RateLimitResult = { limited: false } | { limited: true; retryAfterSeconds: number; scope: 'email' | 'address' };

/**
 * The client address of a request: the first hop of X-Forwarded-For (set by
 * the proxy in front of the site), else X-Real-IP, else "local".
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get('x-forwarded-for');
  const first = forwarded?.split(',')[0]?.trim();
  if (first) return first.slice(0, 100);
  const real = headers.get('x-real-ip')?.trim();
  if (real) return real.slice(0, 100);
  return 'local';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function check(db: PrismaClient, where: { email: string } | { address: string }, max: number, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
  // The newest `max` failures in the window: if there are `max`, the limit is
  // reached until the oldest of them leaves the window.
  const recent = await db.loginAttempt.findMany({
    where: { ...where, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    take: max,
    select: { createdAt: true },
  });
  if (recent.length < max) return null;
  const oldest = recent[recent.length - 1].createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + RATE_LIMIT_WINDOW_MS - now.getTime()) / 1000));
}

/** Whether a sign-in for `email` from `address` must be refused right now. */
export async function checkRateLimit(db: PrismaClient, input: { email: string; address: string }, now: Date = new Date()): Promise<RateLimitResult> {
  const email = normalizeEmail(input.email);
  const [byEmail, byAddress] = await Promise.all([check(db, { email }, MAX_FAILURES_PER_EMAIL, now), check(db, { address: input.address }, MAX_FAILURES_PER_ADDRESS, now)]);
  if (byEmail === null && byAddress === null) return { limited: false };
  const retryAfterSeconds = Math.max(byEmail ?? 0, byAddress ?? 0);
  return { limited: true, retryAfterSeconds, scope: byEmail !== null && byEmail >= (byAddress ?? 0) ? 'email' : 'address' };
}

/** Records one failed sign-in. */
export async function recordFailure(db: PrismaClient, input: { email: string; address: string }, now: Date = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { email: normalizeEmail(input.email).slice(0, 320), address: input.address, createdAt: now } });
}

/** Clears an account's failures (after a successful sign-in) and old rows. */
export async function clearFailures(db: PrismaClient, email: string, now: Date = new Date()): Promise<void> {
  await db.loginAttempt.deleteMany({
    where: { OR: [{ email: normalizeEmail(email) }, { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } }] },
  });
}

/** "Too many sign-in attempts. Try again in N minutes." */
export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
