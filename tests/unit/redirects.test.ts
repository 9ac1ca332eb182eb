import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlePathParts, chainProblem, normalizePath, staffRedirectSchema } from '../../lib/redirects/paths.ts';
import { missStatus } from '../../lib/server/miss-status.ts';

const parse = (fromPath: unknown, toPath: unknown) => staffRedirectSchema.safeParse({ fromPath, toPath });
const errorsOf = (r: ReturnType<typeof parse>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));

test('staff redirects: paths of this site, normalised', () => {
  const ok = parse(' /elections-2026/ ', '/section/politics');
  assert.ok(ok.success);
  assert.deepEqual(ok.data, { fromPath: '/elections-2026', toPath: '/section/politics' });
  assert.ok(parse('/a', '/a%20b').success, 'percent-escapes in the target');
  assert.ok(parse('/a', '/').success, 'the front page as a target');
  assert.equal(parse('/a%20b', '/').success, false, 'routes see decoded paths: an escaped old path would never match');
});

test('staff redirects: external, protocol-relative, odd and reserved paths are refused with a message naming the field', () => {
  for (const [from, to, field] of [
    ['https://evil.example/x', '/a', 'fromPath'],
    ['/a', 'https://evil.example/', 'toPath'],
    ['/a', '//evil.example', 'toPath'],
    ['/a', '/\\evil.example', 'toPath'],
    ['/a b', '/b', 'fromPath'],
    ['/a?x=1', '/b', 'fromPath'],
    ['/a', '/b#top', 'toPath'],
    ['/a\u0000', '/b', 'fromPath'],
    ['/admin/users', '/b', 'fromPath'],
    ['/_next/static/x.js', '/b', 'fromPath'],
    ['/', '/b', 'fromPath'],
    ['/a', '/admin', 'toPath'],
    ['/a', '/a/', 'toPath'],
    ['', '/b', 'fromPath'],
    [`/${'a'.repeat(600)}`, '/b', 'fromPath'],
    [['/a'], '/b', 'fromPath'],
    [42, '/b', 'fromPath'],
  ] as const) {
    const errors = errorsOf(parse(from, to));
    assert.ok(errors.length > 0, `${String(from)} → ${String(to)} is refused`);
    assert.ok(
      errors.some((e) => e.startsWith(`${field}:`)),
      `${String(from)} → ${String(to)}: ${errors.join('; ')}`,
    );
  }
});

test('no chains and no loops', () => {
  const existing = [
    { fromPath: '/b', toPath: '/c' },
    { fromPath: '/x', toPath: '/a' },
    { fromPath: '/old-story', toPath: null },
  ];
  assert.match(chainProblem('/a', '/b', existing)!, /\/b itself redirects/);
  assert.match(chainProblem('/a', '/z', existing)!, /Another redirect leads to \/a/);
  assert.match(chainProblem('/c', '/b', existing)!, /redirects/, 'a loop is a chain');
  assert.equal(chainProblem('/q', '/r', existing), null);
});

test('article paths', () => {
  assert.deepEqual(articlePathParts('/news/2026/12/01/a-story'), { year: '2026', month: '12', day: '01', slug: 'a-story' });
  assert.equal(articlePathParts('/news/2026/12/01/A_Story'), null);
  assert.equal(articlePathParts('/section/news'), null);
  assert.equal(normalizePath('/'), '/');
  assert.equal(normalizePath('/a/'), '/a');
});

test('miss status: 308 → 301 and a gone path’s 404 → 410, for public GET and HEAD only', () => {
  const gone = new Map([['/news/2026/12/01/gone', true as const]]);
  assert.equal(missStatus('GET', '/news/2026/12/01/x', 308, gone), 301);
  assert.equal(missStatus('HEAD', '/section/a', 308, gone), 301);
  assert.equal(missStatus('GET', '/news/2026/12/01/gone', 404, gone), 410);
  assert.equal(missStatus('GET', '/news/2026/12/01/other', 404, gone), 404);
  assert.equal(missStatus('GET', '/news/2026/12/01/gone', 200, gone), 200, 'a live page is never turned into a 410');
  assert.equal(missStatus('POST', '/news/2026/12/01/gone', 404, gone), 404);
  assert.equal(missStatus('POST', '/x', 308, gone), 308);
  assert.equal(missStatus('GET', '/admin/articles', 308, gone), 308);
});
