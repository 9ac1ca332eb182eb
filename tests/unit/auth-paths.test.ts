import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginPath, pagePermission, safeNext } from '../../lib/auth/paths.ts';
import { rateLimitMessage } from '../../lib/auth/rate-limit.ts';
import { isHttps, sessionCookieOptions } from '../../lib/auth/cookie.ts';
import { passwordProblem } from '../../lib/auth/password-policy.ts';

test('after sign-in only admin pages of this site are destinations (no open redirect)', () => {
  assert.equal(safeNext('/admin/users'), '/admin/users');
  assert.equal(safeNext('/admin/users?page=2'), '/admin/users?page=2');
  for (const bad of [
    '',
    null,
    undefined,
    'https://evil.example/admin',
    '//evil.example/admin',
    '/\\evil.example',
    '/news/x',
    '/admin/login',
    '/admin/login?next=/admin',
    '/admin/api/users',
  ]) {
    assert.equal(safeNext(bad), '/admin', String(bad));
  }
  assert.equal(safeNext('/admin\\@evil.example'), '/admin');
});

test('login path remembers where to go', () => {
  assert.equal(loginPath('/admin'), '/admin/login');
  assert.equal(loginPath('/admin/users?x=1'), '/admin/login?next=%2Fadmin%2Fusers%3Fx%3D1');
  assert.equal(loginPath('https://evil.example'), '/admin/login');
});

test('pages that need a permission', () => {
  assert.equal(pagePermission('/admin/users'), 'users:manage');
  assert.equal(pagePermission('/admin/users/123'), 'users:manage');
  assert.equal(pagePermission('/admin/usersx'), undefined);
  assert.equal(pagePermission('/admin'), undefined);
});

test('rate limit message rounds up to whole minutes', () => {
  assert.equal(rateLimitMessage(1), 'Too many sign-in attempts. Try again in 1 minute.');
  assert.equal(rateLimitMessage(61), 'Too many sign-in attempts. Try again in 2 minutes.');
  assert.equal(rateLimitMessage(900), 'Too many sign-in attempts. Try again in 15 minutes.');
});

test('session cookie: HttpOnly, SameSite=Lax, Path=/, Secure only over https', () => {
  assert.deepEqual(sessionCookieOptions(false), { httpOnly: true, sameSite: 'lax', secure: false, path: '/' });
  assert.equal(sessionCookieOptions(true).secure, true);
  assert.equal(isHttps(new Headers({ 'x-forwarded-proto': 'https' })), true);
  assert.equal(isHttps(new Headers({ 'x-forwarded-proto': 'http' }), 'https://x'), false);
  assert.equal(isHttps(new Headers(), 'https://news.example/admin'), true);
  assert.equal(isHttps(new Headers(), 'http://localhost:3000/admin'), false);
});

test('password policy: 10 to 200 characters', () => {
  assert.match(passwordProblem('123456789') ?? '', /at least 10/);
  assert.equal(passwordProblem('1234567890'), null);
  assert.match(passwordProblem('x'.repeat(201)) ?? '', /at most 200/);
});
