/**
 * Hostile input: every public route and every admin API (JSON API, upload,
 * sign-in, scheduler) driven with malformed percent-escapes, %00, huge
 * numbers, arrays where strings are expected, 10 kB strings and wrong content
 * types. Nothing may answer 5xx or show a stack trace; each request says
 * which value it sent when it fails. About 1,000 requests, run 8 at a time.
 */
import { expect, test, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { articlePaths } from './support.ts';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

const LONG = 'x'.repeat(10_000);
const FUZZ_ADDRESS = '198.51.100.251';
const HUGE = '99999999999999999999999999';

/** Path segments, already percent-encoded as a client would send them. */
const SEGMENTS = ['%ff', '%00', '%E0%A4%A', '%', '%zz', '%2e%2e', '%5C..%5Cetc', encodeURIComponent(LONG), HUGE, '-1', '0', 'null', '__proto__', '%0d%0aSet-Cookie:x=1'];

/** Query strings, as a client would send them (arrays: repeated or bracketed names). */
const QUERIES = [
  'q=%ff&page=%ff',
  'q=%00&page=%00',
  `q=${encodeURIComponent(LONG)}`,
  `page=${HUGE}`,
  'page=-1&page=2&page[]=3',
  'q=a&q=b&q[]=c&q[x]=d',
  'cursor=%00%ff&cursor=eyJ2IjoiXHUwMDAwIiwiaWQiOiJ4In0',
  `cursor=${Buffer.from(JSON.stringify({ v: 'not a date', id: 'x' })).toString('base64url')}&sort=published`,
  `cursor=${Buffer.from(JSON.stringify({ v: '\u0000', id: '\u0000' })).toString('base64url')}&sort=title`,
  'status=%00&sectionId=%ff&authorId=1e999&sort[]=title',
  'slug=%00&id=%ff',
  `slug=${encodeURIComponent(LONG)}&id=${HUGE}`,
  'from=%00&to[]=1',
  'next=%ff&error=%00&email=%00',
  'next=//evil.example&email=' + encodeURIComponent(LONG),
];

/** JSON bodies of the wrong shape for every write. */
const BODIES: unknown[] = [
  null,
  [],
  'string',
  Number(HUGE),
  { input: [] },
  { input: { title: ['a'], slug: { $ne: 1 }, tags: 'x', body: 'x' } },
  { input: { title: LONG, slug: LONG, standfirst: LONG, sectionId: '%00', tags: [LONG], body: [{ type: 'paragraph', content: [{ text: LONG, href: '/\\evil.example' }] }] } },
  { input: { title: 'a\u0000b', slug: 'a', sectionId: '00000000-0000-0000-0000-000000000000', body: [{ type: '__proto__' }] } },
  { baseVersion: Number(HUGE), input: {} },
  { baseVersion: 1e308, action: 'publish', scheduledAt: '%00' },
  { baseVersion: -1, action: ['publish'], scheduledAt: HUGE },
  { baseVersion: 1, action: 'schedule', scheduledAt: '275760-09-13T00:00:01Z' },
  { baseVersion: '1', autosave: 'yes', force: [] },
  { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
  { title: LONG, keyEvent: 'yes', body: [{ type: 'paragraph', content: [{ text: LONG }] }] },
  { status: ['LIVE'], title: 'a\u0000b', body: { length: 1e9 } },
];

const RAW_BODIES: { contentType: string; data: string | Buffer }[] = [
  { contentType: 'application/json', data: '{"input":' },
  { contentType: 'application/json', data: '\u0000' },
  { contentType: 'application/json', data: `"${LONG}"` },
  { contentType: 'application/json', data: Buffer.from([0xff, 0xfe, 0x00]) },
  { contentType: 'text/plain', data: '{}' },
  { contentType: 'application/x-www-form-urlencoded', data: 'email=%ff&password=%00&next=%E0%A4%A' },
  { contentType: 'multipart/form-data; boundary=x', data: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nnot an image\r\n--x--' },
  { contentType: 'multipart/form-data', data: 'no boundary' },
  { contentType: 'application/xml', data: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>' },
];

/** A body with a stack trace or a framework error page in it. */
const STACK = /\n\s+at [^\n]+\(|node_modules|\.next\/server|webpack-internal|Internal Server Error|PrismaClient|DriverAdapterError/;

type Check = { label: string; send: () => Promise<APIResponse> };

async function expectClean(checks: Check[]) {
  const failures: string[] = [];
  for (let i = 0; i < checks.length; i += 8) {
    await Promise.all(
      checks.slice(i, i + 8).map(async ({ label, send }) => {
        const res = await send();
        const body = await res.text();
        if (res.status() >= 500) failures.push(`${res.status()} ${label}`);
        else if (STACK.test(body)) failures.push(`stack trace in ${res.status()} ${label}: ${body.match(STACK)![0]}`);
      }),
    );
  }
  expect(failures, `${failures.length} of ${checks.length} requests failed`).toEqual([]);
}

async function signedInRequest(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, who: { email: string; password: string }) {
  const request = await playwright.request.newContext({ baseURL });
  const res = await request.post('/admin/api/sign-in', { form: { email: who.email, password: who.password }, headers: { accept: 'application/json' } });
  expect(res.status(), `sign in as ${who.email}`).toBe(200);
  return request;
}

// The two tests run side by side (each sends several hundred requests).
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

test('public routes answer hostile paths and query strings with no 5xx and no stack trace', async ({ request }) => {
  const article = (await articlePaths(request))[0];
  const bases = [
    '',
    '/news',
    '/news/2026/01/01',
    article,
    '/section/news',
    '/tag',
    '/author',
    '/search',
    '/front',
    '/aside',
    '/live',
    '/ad',
    '/ad/x',
    '/most-read',
    '/campaigns',
    '/beacon',
    '/media/x',
    '/feed.xml',
    '/sitemap.xml',
    '/api',
    '/_next/image',
  ];
  // The routes that read a query string (the others ignore it).
  const withQueries = ['/', article, '/section/news', '/search', '/_next/image', '/media/x/y.jpg'];
  const checks: Check[] = [];
  for (const base of bases) for (const seg of SEGMENTS) checks.push({ label: `GET ${base}/${seg.slice(0, 40)}`, send: () => request.get(`${base}/${seg}`, { maxRedirects: 0 }) });
  for (const path of withQueries)
    for (const query of QUERIES) checks.push({ label: `GET ${path}?${query.slice(0, 60)}`, send: () => request.get(`${path}?${query}`, { maxRedirects: 0 }) });
  // Wrong methods and bodies on public routes.
  for (const path of ['/', article, '/search', '/feed.xml', '/aside/news', '/live/00000000-0000-4000-8000-000000000000', '/beacon', '/campaigns', '/most-read', '/ad/x/click']) {
    checks.push({ label: `POST ${path} (junk)`, send: () => request.post(path, { data: '\u0000%ff', headers: { 'content-type': 'application/json' }, maxRedirects: 0 }) });
    checks.push({
      label: `POST ${path} (fake server action)`,
      send: () => request.post(path, { data: '[]', headers: { 'next-action': 'f'.repeat(42), 'content-type': 'text/plain' }, maxRedirects: 0 }),
    });
  }
  await expectClean(checks);
});

test('admin pages and every admin API answer hostile values with no 5xx and no stack trace', async ({ playwright, baseURL }) => {
  const admin = await signedInRequest(playwright, baseURL!, ADMIN);
  const author = await signedInRequest(playwright, baseURL!, AUTHOR);
  const anonymous = await playwright.request.newContext({ baseURL });
  const { items } = (await (await admin.get('/admin/api/articles/search?q=')).json()) as { items: { id: string }[] };
  const id = items[0].id;
  const idLike = [id, '%ff', '%00', HUGE, encodeURIComponent(LONG), '00000000-0000-0000-0000-000000000000'];
  const checks: Check[] = [];
  const add = (who: string, ctx: APIRequestContext, method: 'get' | 'post' | 'put' | 'delete', path: string, options: Parameters<APIRequestContext['post']>[1] = {}) =>
    checks.push({
      label: `${who} ${method.toUpperCase()} ${path.slice(0, 80)}`,
      // Failed sign-ins from their own address, so the rate limit never locks out other tests.
      send: () => ctx[method](path, { maxRedirects: 0, ...options, headers: { 'x-forwarded-for': FUZZ_ADDRESS, ...options.headers } }),
    });

  for (const [who, ctx] of [
    ['admin', admin],
    ['author', author],
    ['anonymous', anonymous],
  ] as const) {
    // The admin gets every value on every route; the author and nobody (who are refused early) a sample.
    const full = who === 'admin';
    const queries = full ? QUERIES : QUERIES.slice(0, 4);
    // Pages, with hostile ids and query strings (the sign-in page for nobody: the proxy redirects the rest).
    const pages = {
      admin: ['/admin', '/admin/articles', '/admin/taxonomy', '/admin/media', '/admin/ads', '/admin/settings', '/admin/users'],
      author: ['/admin/articles'],
      anonymous: ['/admin/login'],
    }[who];
    for (const page of pages) for (const query of page === '/admin/articles' || page === '/admin/login' ? QUERIES : queries.slice(0, 3)) add(who, ctx, 'get', `${page}?${query}`);
    if (who !== 'anonymous')
      for (const x of idLike)
        for (const page of [`/admin/articles/${x}`, `/admin/articles/new?x=${x}`, `/admin/articles/${x}/revisions`, `/admin/articles/${x}/preview`, `/admin/articles/${x}/live`])
          add(who, ctx, 'get', page);

    // The JSON API: reads with hostile ids and queries.
    for (const x of idLike) {
      add(who, ctx, 'get', `/admin/api/articles/${x}`);
      add(who, ctx, 'get', `/admin/api/articles/${x}/revisions`);
      add(who, ctx, 'get', `/admin/api/articles/${x}/revisions/diff?from=${x}&to=${x}`);
      add(who, ctx, 'delete', `/admin/api/articles/${x}/presence`);
      add(who, ctx, 'get', `/admin/api/articles/${x}/live`);
      add(who, ctx, 'delete', `/admin/api/articles/${x}/live/entries/${x}`);
    }
    for (const query of queries)
      for (const path of ['/admin/api/articles/search', '/admin/api/articles/slug', '/admin/api/media', '/admin/api/users']) add(who, ctx, 'get', `${path}?${query}`);

    // Writes: wrong shapes, raw bodies of every content type, malformed and foreign Origins.
    const writes: ['post' | 'put', string][] = [
      ['post', '/admin/api/articles'],
      ['put', `/admin/api/articles/${id}`],
      ['post', `/admin/api/articles/${id}/transition`],
      ['post', `/admin/api/articles/${id}/presence`],
      ['post', `/admin/api/articles/${id}/revisions/${id}/restore`],
      ['put', `/admin/api/articles/${id}/live`],
      ['post', `/admin/api/articles/${id}/live/entries`],
      ['put', `/admin/api/articles/${id}/live/entries/${id}`],
      ['post', '/admin/api/media/upload'],
      ['post', '/admin/api/sign-in'],
      ['post', '/admin/api/cron/publish-due'],
    ];
    for (const [method, path] of writes) {
      for (const data of full ? BODIES : BODIES.slice(4, 8)) add(who, ctx, method, path, { data: JSON.stringify(data), headers: { 'content-type': 'application/json' } });
      for (const raw of full ? RAW_BODIES : RAW_BODIES.slice(0, 3)) add(who, ctx, method, path, { data: raw.data, headers: { 'content-type': raw.contentType } });
      for (const origin of ['null', '::', 'http://[', 'https://evil.example', 'http://%ff'])
        add(who, ctx, method, path, { data: '{}', headers: { 'content-type': 'application/json', origin } });
    }
    for (const x of idLike.slice(1)) {
      add(who, ctx, 'put', `/admin/api/articles/${x}`, { data: { baseVersion: 1, input: {} } });
      add(who, ctx, 'post', `/admin/api/articles/${x}/transition`, { data: { baseVersion: 1, action: 'publish' } });
      add(who, ctx, 'post', `/admin/api/articles/${x}/revisions/${x}/restore`, { data: { baseVersion: 1 } });
    }
    // The scheduler secret: wrong, the right length in characters but not in bytes, huge.
    for (const secret of ['x', 'é'.repeat(64), 'ÿ'.repeat(43), LONG]) add(who, ctx, 'post', '/admin/api/cron/publish-due', { headers: { 'x-scheduler-secret': secret } });
  }
  await expectClean(checks);
});
