import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adminCsp, HSTS, PUBLIC_CSP } from '../../lib/security/headers.mjs';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

test("admin pages: scripts need the request's nonce; no 'unsafe-inline' or 'unsafe-eval' for scripts in production", () => {
  const csp = adminCsp('AAAAAAAAAAAAAAAAAAAAAAAA');
  assert.equal(directive(csp, 'script-src'), "script-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAAAA' 'strict-dynamic'");
  assert.equal(directive(csp, 'frame-ancestors'), "frame-ancestors 'none'");
  assert.equal(directive(csp, 'object-src'), "object-src 'none'");
  assert.match(directive(adminCsp('AAAAAAAAAAAAAAAAAAAAAAAA', { dev: true }), 'script-src')!, /'unsafe-eval'$/);
  assert.throws(() => adminCsp("x' 'unsafe-inline"), /nonce/);
});

test('public pages: cacheable, so no nonce; everything but inline scripts is limited to this site', () => {
  assert.equal(directive(PUBLIC_CSP, 'script-src'), "script-src 'self' 'unsafe-inline'");
  assert.equal(directive(PUBLIC_CSP, 'default-src'), "default-src 'self'");
  assert.equal(directive(PUBLIC_CSP, 'base-uri'), "base-uri 'self'");
  assert.doesNotMatch(PUBLIC_CSP, /nonce/);
});

test('HSTS: a year, subdomains included', () => {
  assert.equal(HSTS, 'max-age=31536000; includeSubDomains');
});
