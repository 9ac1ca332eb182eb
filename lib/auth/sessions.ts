/**
 * Server-side sessions stored in PostgreSQL (table "Session").
 *
 * The browser holds a random 32-byte token (base64url) in an HttpOnly cookie;
 * the database holds only its sha256, so a leaked database dump cannot be
 * replayed as cookies. A session ends when it is signed out, after the idle
 * timeout without a request, or the absolute lifetime after sign-in,
 * whichever comes first (sessionLifetimes(): SESSION_IDLE_TIMEOUT_MINUTES,
 * default 30, and SESSION_MAX_AGE_MINUTES, default 720 = 12 hours: ASVS 4.0
 * L2, 3.3.2; ADR 014). Every function takes the database and the current time
 * explicitly so that it can be tested outside Next.js.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import type { Role } from './permissions';

const MINUTE = 60 * 1000;

/** Default absolute lifetime: 12 hours after sign-in. */
export const SESSION_MAX_AGE_MS = 12 * 60 * MINUTE;
/** Default idle timeout: 30 minutes without a request. */
export const SESSION_IDLE_MS = 30 * MINUTE;

export interface SessionLifetimes {
  /** A session ends this long after sign-in, however active. */
  maxAgeMs: number;
  /** A session ends after this long without a request. */
  idleMs: number;
  /**
   * lastSeenAt is written at most this often, to keep reads cheap: a sixth of
   * the idle timeout, at most 5 minutes (so a session may end up to that much
   * before the full idle time has passed, never after).
   */
  touchMs: number;
}

const minutes = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number of minutes` })
    .int(`${name} must be a whole number of minutes`)
    .min(1, `${name} must be at least 1 minute`)
    .max(max, `${name} must be at most ${max} minutes`);

const lifetimesSchema = z
  .object({
    SESSION_MAX_AGE_MINUTES: minutes('SESSION_MAX_AGE_MINUTES', 30 * 24 * 60).default(SESSION_MAX_AGE_MS / MINUTE),
    SESSION_IDLE_TIMEOUT_MINUTES: minutes('SESSION_IDLE_TIMEOUT_MINUTES', 30 * 24 * 60).default(SESSION_IDLE_MS / MINUTE),
  })
  .refine((v) => v.SESSION_IDLE_TIMEOUT_MINUTES <= v.SESSION_MAX_AGE_MINUTES, {
    message: 'SESSION_IDLE_TIMEOUT_MINUTES must not be longer than SESSION_MAX_AGE_MINUTES',
  });

/**
 * The session lifetimes configured in `env` (default: process.env). Throws an
 * Error naming the variable when a value is not a whole number of minutes in
 * range, or the idle timeout is longer than the absolute lifetime.
 */
export function sessionLifetimes(env: Record<string, string | undefined> = process.env): SessionLifetimes {
  const blankToUndefined = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const parsed = lifetimesSchema.safeParse({
    SESSION_MAX_AGE_MINUTES: blankToUndefined(env.SESSION_MAX_AGE_MINUTES),
    SESSION_IDLE_TIMEOUT_MINUTES: blankToUndefined(env.SESSION_IDLE_TIMEOUT_MINUTES),
  });
  if (!parsed.success) throw new Error(`Session configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const idleMs = parsed.data.SESSION_IDLE_TIMEOUT_MINUTES * MINUTE;
  return { maxAgeMs: parsed.data.SESSION_MAX_AGE_MINUTES * MINUTE, idleMs, touchMs: Math.min(5 * MINUTE, Math.floor(idleMs / 6)) };
}

let configured: SessionLifetimes | undefined;
/** sessionLifetimes() of process.env, read once per process. */
function currentLifetimes(): SessionLifetimes {
  return (configured ??= sessionLifetimes());
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface ActiveSession {
  /** sha256 of the token (the Session row id). */
  id: string;
  user: SessionUser;
  createdAt: Date;
  expiresAt: Date;
}

/** sha256 hex of a session token: the Session.id stored for it. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function looksLikeToken(token: string): boolean {
  // 32 bytes in base64url without padding are 43 characters.
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Creates a session for `userId` and returns the token to put in the cookie. */
export async function createSession(
  db: PrismaClient,
  userId: string,
  now: Date = new Date(),
  lifetimes: SessionLifetimes = currentLifetimes(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + lifetimes.maxAgeMs);
  await db.session.create({
    data: { id: hashSessionToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt },
  });
  return { token, expiresAt };
}

/**
 * The live session for a cookie token, or null when there is none, it has
 * expired (idle, or absolute: by its stored expiry or by the current
 * lifetime counted from sign-in, so that shortening the lifetime also ends
 * older sessions) or its user is disabled. Dead sessions are deleted on the
 * way. Refreshes lastSeenAt (at most every lifetimes.touchMs).
 */
export async function lookupSession(
  db: PrismaClient,
  token: string | undefined | null,
  now: Date = new Date(),
  lifetimes: SessionLifetimes = currentLifetimes(),
): Promise<ActiveSession | null> {
  if (!token || !looksLikeToken(token)) return null;
  const id = hashSessionToken(token);
  const session = await db.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!session) return null;

  const t = now.getTime();
  const expired =
    session.expiresAt.getTime() <= t || session.createdAt.getTime() + lifetimes.maxAgeMs <= t || session.lastSeenAt.getTime() + lifetimes.idleMs <= t || session.user.disabled;
  if (expired) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }

  if (t - session.lastSeenAt.getTime() >= lifetimes.touchMs) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }

  const { disabled: _disabled, ...user } = session.user;
  return { id, user, createdAt: session.createdAt, expiresAt: session.expiresAt };
}

/** Signs out: deletes the session for `token` (no-op when there is none). */
export async function deleteSession(db: PrismaClient, token: string | undefined | null): Promise<void> {
  if (!token) return;
  await db.session.deleteMany({ where: { id: hashSessionToken(token) } });
}

/** Signs out the session with this id (the sha256 of its token). */
export async function deleteSessionById(db: PrismaClient, id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

/** Ends every session of a user except (optionally) the one with `keepSessionId`. */
export async function deleteUserSessions(db: PrismaClient, userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}

/** Removes sessions that can no longer be used (housekeeping). */
export async function pruneSessions(db: PrismaClient, now: Date = new Date(), lifetimes: SessionLifetimes = currentLifetimes()): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: {
      OR: [{ expiresAt: { lte: now } }, { createdAt: { lte: new Date(now.getTime() - lifetimes.maxAgeMs) } }, { lastSeenAt: { lte: new Date(now.getTime() - lifetimes.idleMs) } }],
    },
  });
  return count;
}
