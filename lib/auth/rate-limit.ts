/**
 * Sign-in rate limiting, stored in PostgreSQL (table "SignInLimit") so that
 * every instance of the site shares the counts, with or without Redis
 * (ADR 016).
 *
 * Every attempt is *reserved* before its password is checked: one atomic
 * statement per key adds it to the window's count, or refuses it when the
 * count is at the limit. So a burst of parallel requests cannot get more
 * verifications than the limit. A wrong password keeps its reservation (it is
 * the failure); a right one gives it back and clears the account's count at
 * that address.
 *
 * Keys (the address is lib/server/client-address.ts's addressKey(): an IPv4
 * address or an IPv6 /64):
 * - account + address: MAX_FAILURES_PER_ACCOUNT_ADDRESS per window. There is
 *   no account-wide lock, so a stranger failing on a known email from
 *   elsewhere never locks its owner out.
 * - address: MAX_FAILURES_PER_ADDRESS per window, whatever the emails
 *   (password spraying from one place).
 * A window starts at a key's first attempt and lasts RATE_LIMIT_WINDOW_MS.
 */
import { addressKey } from '../server/client-address';
import type { PrismaClient } from '../generated/prisma/client';

export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type RateLimitScope = 'account' | 'address';
export type Reservation = { keys: { key: string; windowStart: Date }[] };
export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAfterSeconds: number; scope: RateLimitScope };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function limitKeys(input: { email: string; address: string }): { account: string; address: string } {
  const address = addressKey(input.address);
  return { account: `pair:${address}|${normalizeEmail(input.email).slice(0, 320)}`, address: `addr:${address}` };
}

/** Adds one attempt to `key`'s window, unless it is full (`granted: false`; `windowStart` then says until when). */
async function take(db: PrismaClient, key: string, max: number, now: Date): Promise<{ granted: boolean; windowStart: Date }> {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
  for (let tries = 0; tries < 3; tries++) {
    // A new key: the insert is the reservation.
    const inserted = await db.$queryRaw<{ windowStart: Date }[]>`
      INSERT INTO "SignInLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
      ON CONFLICT ("key") DO NOTHING RETURNING "windowStart"`;
    if (inserted.length) return { granted: true, windowStart: inserted[0].windowStart };
    // An existing key: one row-locked update, re-checked under the lock, so parallel attempts queue here.
    const updated = await db.$queryRaw<{ windowStart: Date }[]>`
      UPDATE "SignInLimit" SET
        "count" = CASE WHEN "windowStart" <= ${since} THEN 1 ELSE "count" + 1 END,
        "windowStart" = CASE WHEN "windowStart" <= ${since} THEN ${now} ELSE "windowStart" END
      WHERE "key" = ${key} AND ("windowStart" <= ${since} OR "count" < ${max})
      RETURNING "windowStart"`;
    if (updated.length) return { granted: true, windowStart: updated[0].windowStart };
    const full = await db.$queryRaw<{ windowStart: Date }[]>`SELECT "windowStart" FROM "SignInLimit" WHERE "key" = ${key}`;
    if (full.length) return { granted: false, windowStart: full[0].windowStart };
    // Deleted in between (a successful sign-in): try again.
  }
  throw new Error(`sign-in limit: could not reserve ${key}`);
}

async function giveBack(db: PrismaClient, key: string, windowStart: Date): Promise<void> {
  await db.$executeRaw`UPDATE "SignInLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key} AND "windowStart" = ${windowStart}`;
}

function retryAfter(windowStart: Date, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Reserves one sign-in attempt for `email` from `address`, before the
 * password is checked; refused when either limit is reached.
 */
export async function reserveAttempt(db: PrismaClient, input: { email: string; address: string }, now: Date = new Date()): Promise<ReserveResult> {
  const keys = limitKeys(input);
  const account = await take(db, keys.account, MAX_FAILURES_PER_ACCOUNT_ADDRESS, now);
  if (!account.granted) return { ok: false, retryAfterSeconds: retryAfter(account.windowStart, now), scope: 'account' };
  const address = await take(db, keys.address, MAX_FAILURES_PER_ADDRESS, now);
  if (!address.granted) {
    await giveBack(db, keys.account, account.windowStart);
    return { ok: false, retryAfterSeconds: retryAfter(address.windowStart, now), scope: 'address' };
  }
  return {
    ok: true,
    reservation: {
      keys: [
        { key: keys.account, windowStart: account.windowStart },
        { key: keys.address, windowStart: address.windowStart },
      ],
    },
  };
}

/**
 * After a successful sign-in: clears the account's count at this address,
 * gives the address its attempt back, and deletes expired counters.
 */
export async function releaseAttempt(db: PrismaClient, reservation: Reservation, now: Date = new Date()): Promise<void> {
  const [account, address] = reservation.keys;
  await db.signInLimit.deleteMany({ where: { OR: [{ key: account.key }, { windowStart: { lt: new Date(now.getTime() - RATE_LIMIT_WINDOW_MS) } }] } });
  await giveBack(db, address.key, address.windowStart);
}

/** Gives a reserved attempt back without clearing anything (the password was never checked). */
export async function cancelAttempt(db: PrismaClient, reservation: Reservation): Promise<void> {
  for (const { key, windowStart } of reservation.keys) await giveBack(db, key, windowStart);
}

/** "Too many sign-in attempts. Try again in N minutes." */
export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
