import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHttps, isHttpsUrl, readSessionToken, SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookieName, sessionCookieOptions } from '../../lib/auth/cookie.ts';

const jar = (entries: Record<string, string>) => ({ get: (name: string) => (name in entries ? { value: entries[name] } : undefined) });

test('on https the session cookie is __Host- prefixed and Secure; on http it is plain', () => {
  assert.equal(sessionCookieName(true), '__Host-newsroom_session');
  assert.equal(SECURE_SESSION_COOKIE, `__Host-${SESSION_COOKIE}`);
  assert.deepEqual(sessionCookieOptions(true), { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
  assert.equal(sessionCookieName(false), 'newsroom_session');
  assert.equal(sessionCookieOptions(false).secure, false);
});

test('a site URL decides https as well as the request does', () => {
  assert.equal(isHttpsUrl('https://news.example'), true);
  assert.equal(isHttpsUrl(' HTTPS://news.example/ '), true);
  assert.equal(isHttpsUrl('http://localhost:3000'), false);
  assert.equal(isHttpsUrl(''), false);
  assert.equal(isHttpsUrl(undefined), false);
  assert.equal(isHttps(new Headers({ 'x-forwarded-proto': 'https, http' })), true);
});

test('reading: the __Host- cookie always; the plain one only on a site that is not on https', () => {
  assert.equal(readSessionToken(jar({ [SECURE_SESSION_COOKIE]: 'secure' }), true), 'secure');
  assert.equal(readSessionToken(jar({ [SECURE_SESSION_COOKIE]: 'secure' }), false), 'secure');
  assert.equal(readSessionToken(jar({ [SESSION_COOKIE]: 'plain', [SECURE_SESSION_COOKIE]: 'secure' }), false), 'secure');
  assert.equal(readSessionToken(jar({ [SESSION_COOKIE]: 'plain' }), false), 'plain');
  assert.equal(readSessionToken(jar({ [SESSION_COOKIE]: 'planted' }), true), undefined, 'a plain cookie on an https site is ignored');
  assert.equal(readSessionToken(jar({}), false), undefined);
});
