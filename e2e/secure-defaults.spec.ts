/**
 * Secure defaults (README "Security", ADR 014): the admin runs under a CSP
 * whose scripts need a per-request nonce (no 'unsafe-inline') and still works
 * (sign-in, the rich text editor, saving) with no CSP violation; public pages
 * keep their cache; HSTS and the __Host- session cookie over https; and
 * `npm start` on a DATABASE_URL creates no demo accounts.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { adminUrlFor, dropDatabase, ensureDatabase, withDatabase } from '../tools/db/embedded/index.ts';
import { buildStaleness } from '../scripts/start.ts';
import { articlePaths, collectErrors, paragraphField, unique } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

/** Records every CSP violation the page reports (the init script itself is injected by the browser, outside the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const consoleViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleViolations.push(msg.text());
  });
  return async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

const scriptSrc = (csp: string | undefined) =>
  (csp ?? '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src ')) ?? '';

test("admin: scripts need the page's nonce, and sign-in, the rich text editor and saving work with no CSP violation", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const errors = collectErrors(page);
  const policies: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document' && new URL(r.url()).pathname.startsWith('/admin')) policies.push(r.headers()['content-security-policy'] ?? '(none)');
  });

  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 20_000 }); // argon2 takes seconds on a loaded machine

  // The production instance of the e2e suite has the demo staff enabled: the admin says so.
  await expect(page.getByTestId('demo-accounts-banner')).toContainText('Demo staff accounts with public passwords are enabled');

  const title = `CSP check ${unique()}`;
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await paragraphField(page).click();
  await paragraphField(page).pressSequentially('Typed under a strict policy. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Bold too.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText(/Saved \d/);
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(paragraphField(page).locator('strong')).toHaveText('Bold too.');

  // Every admin document had a nonce policy, a different nonce each time, and no 'unsafe-inline' for scripts.
  expect(policies.length).toBeGreaterThanOrEqual(4);
  for (const policy of policies) {
    expect(scriptSrc(policy)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
  }
  expect(new Set(policies).size).toBe(policies.length);
  expect(await violations(), 'CSP violations while using the admin').toEqual([]);
  expect(errors).toEqual([]);

  // And the policy bites: markup injected the way an XSS would be (an inline event handler) does not run.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/nonexistent.png" onerror="window.__injected = true">'));
  await expect
    .poll(violations, { message: 'the browser reports the blocked handler' })
    .toEqual([
      expect.stringMatching(/^Executing inline event handler violates the following Content Security Policy directive 'script-src 'self' 'nonce-/),
      expect.stringMatching(/^script-src-attr blocked inline/),
    ]);
  expect(await page.evaluate(() => Boolean((window as unknown as { __injected?: boolean }).__injected)), 'an injected handler ran').toBe(false);
  await context.close();
});

test('public article pages keep their cache (x-nextjs-cache HIT), with the public policy and no violation', async ({ page, request }) => {
  const path = (await articlePaths(request))[3];
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(scriptSrc(first.headers()['content-security-policy'])).toBe("script-src 'self' 'unsafe-inline'");
  await expect
    .poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: `${path} from the cache`, timeout: 10_000, intervals: [0, 100, 250] })
    .toBe('HIT');

  const violations = await watchCsp(page);
  const errors = collectErrors(page);
  await page.goto(path);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/section\//);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('over https (X-Forwarded-Proto): HSTS, and a __Host- session cookie that is Secure; over http neither', async ({ request }) => {
  const https = { 'x-forwarded-proto': 'https' };
  expect((await request.get('/', { headers: https })).headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect((await request.get('/admin/login', { headers: https })).headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();

  const signIn = (headers: Record<string, string>) =>
    request.post('/admin/api/sign-in', { headers: { accept: 'application/json', ...headers }, form: { email: EDITOR.email, password: EDITOR.password, next: '/admin' } });
  const secure = await signIn(https);
  expect(secure.status()).toBe(200);
  const secureCookie = secure.headers()['set-cookie'];
  expect(secureCookie).toMatch(/^__Host-newsroom_session=[A-Za-z0-9_-]{43};/);
  for (const attribute of [/; Path=\/(;|$)/, /; Secure(;|$)/i, /; HttpOnly(;|$)/i, /; SameSite=lax(;|$)/i, /; Expires=/]) expect(secureCookie).toMatch(attribute);
  expect(secureCookie).not.toMatch(/Domain=/i);

  const plain = await signIn({});
  expect(plain.status()).toBe(200);
  expect(plain.headers()['set-cookie']).toMatch(/^newsroom_session=/);
  expect(plain.headers()['set-cookie']).not.toMatch(/Secure/i);

  // A plain cookie is ignored on a request that came over https (it could have been planted).
  const token = /^newsroom_session=([^;]+)/.exec(plain.headers()['set-cookie'])![1];
  const planted = await request.get('/admin', { headers: { ...https, cookie: `newsroom_session=${token}` }, maxRedirects: 0 });
  expect(planted.status()).toBe(307);
  const proper = await request.get('/admin', { headers: { ...https, cookie: `__Host-newsroom_session=${token}` }, maxRedirects: 0 });
  expect(proper.status()).toBe(200);
});

test('`npm start` with a DATABASE_URL adds no demo accounts (and no demo content); the empty site answers', async () => {
  test.setTimeout(120_000);
  // npm start would otherwise rebuild .next under the server the other specs use.
  expect(buildStaleness(), 'the build is up to date (run next build first)').toEqual({ stale: false, reason: 'up to date' });
  const base = process.env.DATABASE_URL!;
  const adminUrl = adminUrlFor(base);
  const name = `newsroom_e2e_start_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(base, name);
  const port = (Number(process.env.E2E_PORT) || 3100) + 7;
  await ensureDatabase(adminUrl, name);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', SCHEDULER_INTERVAL_MS: '0' };
  delete env.SEED_DEMO;
  delete (env as Record<string, string | undefined>).NODE_ENV;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    await expect.poll(() => output, { message: 'npm start serves the site', timeout: 100_000, intervals: [250] }).toMatch(/Site: http:\/\/localhost:\d+/);
    expect(output).toMatch(/Seed: no demo content \(DATABASE_URL is set/);
    expect(output).not.toMatch(/SECURITY WARNING/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ users: number; sections: number; migrations: number }>(
        `SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "Section") AS sections, (SELECT count(*)::int FROM "_prisma_migrations") AS migrations`,
      );
      expect(rows[0]).toEqual({ users: 0, sections: 0, migrations: expect.any(Number) });
      expect(rows[0].migrations).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
    const home = await fetch(`http://localhost:${port}/`);
    expect(home.status).toBe(200);
    const login = await fetch(`http://localhost:${port}/admin/api/sign-in`, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ email: EDITOR.email, password: EDITOR.password }),
    });
    expect(login.status, 'the demo editor cannot sign in').toBe(401);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    await dropDatabase(adminUrl, name);
  }
});
