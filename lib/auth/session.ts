/**
 * The Next.js glue of authentication: the session cookie and the guards used
 * by admin pages, server actions and route handlers. Everything else lives in
 * plain functions (sessions.ts, sign-in.ts, users.ts) that take their inputs
 * explicitly.
 */
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '../db/client';
import { getSiteUrl } from '../settings/queries';
import { isHttps, isHttpsUrl, readSessionToken } from './cookie';
import { loginPath } from './paths';
import { can, type Action } from './permissions';
import { clientAddress } from '../server/client-address';
import { lookupSession, type ActiveSession, type SessionUser } from './sessions';

export { EXPIRED_SESSION_COOKIES, isHttps, sessionCookieName, sessionCookieOptions } from './cookie';
export type { SessionUser };

/**
 * Whether the session cookie must be Secure and `__Host-` prefixed: the
 * request came over https, or the site's URL (SITE_URL or the settings) is
 * https, whatever X-Forwarded-Proto says.
 */
export async function siteIsHttps(requestHeaders: { get(name: string): string | null }, url?: string): Promise<boolean> {
  return isHttps(requestHeaders, url) || isHttpsUrl(await getSiteUrl());
}

/** The current request's session (read once per request), or null. */
export const getCurrentSession = cache(async (): Promise<ActiveSession | null> => {
  const token = readSessionToken(await cookies(), await siteIsHttps(await headers()));
  if (!token) return null;
  return lookupSession(db(), token);
});

/** The signed-in staff member, or null. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** For pages: the signed-in user, or a redirect to /admin/login?next=<next>. */
export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPath(next));
  return user;
}

export type Authorization = { ok: true; user: SessionUser; session: ActiveSession } | { ok: false; status: 401 | 403; error: string };

export const NOT_SIGNED_IN = 'You are not signed in (or your session has expired). Sign in again.';
export const FORBIDDEN = 'You do not have permission to do this.';

/**
 * Checks the current request against `action` without throwing or
 * redirecting: 401 when nobody is signed in, 403 when the role may not.
 * Server actions and route handlers use this and change nothing unless ok.
 */
export async function authorize(action: Action): Promise<Authorization> {
  const session = await getCurrentSession();
  if (!session) return { ok: false, status: 401, error: NOT_SIGNED_IN };
  if (!can(session.user.role, action)) return { ok: false, status: 403, error: FORBIDDEN };
  return { ok: true, user: session.user, session };
}

/**
 * For route handlers: the user when allowed, else a JSON 401/403 Response to
 * return as is.
 *
 *   const auth = await requirePermission('users:manage');
 *   if (auth instanceof Response) return auth;
 */
export async function requirePermission(action: Action): Promise<SessionUser | Response> {
  const auth = await authorize(action);
  if (auth.ok) return auth.user;
  return Response.json({ error: auth.error }, { status: auth.status, headers: { 'Cache-Control': 'private, no-store' } });
}

/**
 * For pages: redirects to sign-in when nobody is signed in; otherwise returns
 * the user and whether they may perform `action` (render <Forbidden /> when not).
 */
export async function requirePagePermission(action: Action, next: string): Promise<{ user: SessionUser; allowed: boolean }> {
  const user = await requireUser(next);
  return { user, allowed: can(user.role, action) };
}

/** The client address and https-ness of the current request (for server actions). */
export async function requestInfo(): Promise<{ address: string; https: boolean }> {
  const h = await headers();
  return { address: clientAddress(h), https: isHttps(h) };
}
