/**
 * Server-side sessions stored in PostgreSQL (table "Session").
 *
 * The browser holds a random 32-byte token (base64url) in an HttpOnly cookie;
 * the database holds only its sha256, so a leaked database dump cannot be
 * replayed as cookies. A session ends when it is signed out, after
 * SESSION_IDLE_MS without use, or SESSION_MAX_AGE_MS after sign-in, whichever
 * comes first. Every function takes the database and the current time
 * explicitly so that it can be tested outside Next.js.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import type { Role } from './permissions';

/** Absolute lifetime: 7 days after sign-in. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Idle timeout: 12 hours without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

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
export async function createSession(db: PrismaClient, userId: string, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_MS);
  await db.session.create({
    data: { id: hashSessionToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt },
  });
  return { token, expiresAt };
}

/**
 * The live session for a cookie token, or null when there is none, it has
 * expired (idle or absolute) or its user is disabled. Dead sessions are
 * deleted on the way. Refreshes lastSeenAt (at most every few minutes).
 */
export async function lookupSession(db: PrismaClient, token: string | undefined | null, now: Date = new Date()): Promise<ActiveSession | null> {
  if (!token || !looksLikeToken(token)) return null;
  const id = hashSessionToken(token);
  const session = await db.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!session) return null;

  const expired = session.expiresAt.getTime() <= now.getTime() || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now.getTime() || session.user.disabled;
  if (expired) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }

  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
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

/** Ends every session of a user except (optionally) the one with `keepSessionId`. */
export async function deleteUserSessions(db: PrismaClient, userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}

/** Removes sessions that can no longer be used (housekeeping). */
export async function pruneSessions(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } }] },
  });
  return count;
}
