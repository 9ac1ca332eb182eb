/**
 * Shared helpers for the end-to-end tests: finding demo articles the way a
 * reader (or a crawler) would, and collecting what the browser reports.
 */
import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import pg from 'pg';

import { DEMO_ARTICLES } from '../tools/seed/index.ts';

export { DRAFT_SLUG, IN_REVIEW_SLUG, LIVE_SLUG, SCHEDULED_SLUG, SHOWCASE_SLUG } from '../tools/seed/index.ts';

/** The headline of a demo article, as written in the seed. */
export function demoTitle(slug: string): string {
  const article = DEMO_ARTICLES.find((a) => a.slug === slug);
  if (!article) throw new Error(`no demo article with slug ${slug}`);
  return article.title;
}

/** Paths (not absolute URLs: the site URL in settings may differ from the test server) listed in /sitemap.xml. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const res = await request.get('/sitemap.xml');
  expect(res.status(), '/sitemap.xml status').toBe(200);
  const xml = await res.text();
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(decodeXml(m[1])).pathname);
}

/** The public dated path of the published article with this slug, from the sitemap. */
export async function articlePathFor(request: APIRequestContext, slug: string): Promise<string> {
  const paths = await sitemapPaths(request);
  const path = paths.find((p) => /^\/news\/\d{4}\/\d{2}\/\d{2}\//.test(p) && p.endsWith(`/${slug}`));
  expect(path, `sitemap.xml lists an article URL for "${slug}"`).toBeTruthy();
  return path!;
}

/** Article paths listed in an edition's sitemap (`base` is its prefix: '', '/uk', '/ru'). */
export async function editionArticles(request: APIRequestContext, base: string): Promise<string[]> {
  const res = await request.get(`${base}/sitemap.xml`);
  expect(res.status()).toBe(200);
  const xml = await res.text();
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(decodeXml(m[1])).pathname).filter((p) => p.includes('/news/'));
}

/** The path of an edition's article with this slug, from the edition's sitemap. */
export async function showcasePath(request: APIRequestContext, base: string, slug: string): Promise<string> {
  const path = (await editionArticles(request, base)).find((p) => p.endsWith(`/${slug}`));
  expect(path, `${base || '/'} sitemap lists ${slug}`).toBeTruthy();
  return path!;
}

/** All article paths in the sitemap. */
export async function articlePaths(request: APIRequestContext): Promise<string[]> {
  return (await sitemapPaths(request)).filter((p) => /^\/news\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/.test(p));
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** `/news/YYYY/MM/DD/<slug>` for a calendar date in Europe/Kyiv, the site's zone. */
export function datedPath(slug: string, date: Date, timeZone = 'Europe/Kyiv'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `/news/${parts.year}/${parts.month}/${parts.day}/${slug}`;
}

/** Collects console errors and uncaught page errors for the lifetime of the page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      errors.push(`console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** Scrolls to the bottom in viewport-sized steps, so lazy content loads the way it would for a reader. */
export async function scrollThrough(page: Page): Promise<void> {
  const steps = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / window.innerHeight));
  for (let i = 1; i <= steps + 1; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * (page.viewportSize()?.height ?? 800));
    // Let the browser run a frame (and start lazy loads) before the next step.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

/**
 * Waits until every rendered <img> has finished loading (or failed). Images
 * that are not rendered (display: none, e.g. an ad picture hidden on phones)
 * never load when lazy, so they are left out; call scrollThrough() first so
 * lazy images further down have started.
 */
export async function waitForImages(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => [...document.images].filter((i) => i.getClientRects().length > 0 && !i.complete).map((i) => i.currentSrc || i.src)), {
      message: 'all images finish loading',
      timeout: 15_000,
    })
    .toEqual([]);
}

/** The section pages listed in the header's section navigation. */
export async function sectionPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length, 'the header lists sections').toBeGreaterThan(0);
  return hrefs;
}

/**
 * How long a change may take to reach the public site in these tests: 5 s.
 * The goal is under a second (walked on `npm start`: 0.1–0.4 s; measured by
 * `npm run bench:stack`, "publish-to-live"); what these tests prove is that a
 * write expires the cached pages at once instead of waiting minutes for them
 * to expire, which a second or two of a busy CI machine must not fail.
 */
export const FRESH_MS = 5_000;

/** Records how long something took, in the test's report (not asserted: see FRESH_MS). */
export function reportMs(label: string, since: number): void {
  test.info().annotations.push({ type: label, description: `${Date.now() - since} ms` });
}

/** A value no other test run uses (for titles, slugs, emails). */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Fills and submits the admin sign-in form. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A page in a fresh browser context, signed in and on the dashboard. */
export async function signedIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** The first paragraph block's text field in the article editor. */
export const paragraphField = (page: Page) => page.locator('[data-block-type="paragraph"]').first().getByRole('textbox', { name: 'Paragraph text' });

/** Writes a new article (title + one paragraph) in the editor and saves it; returns its id. */
export async function writeArticle(page: Page, title: string, text: string): Promise<string> {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await paragraphField(page).click();
  await paragraphField(page).pressSequentially(text);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText(/Saved \d/);
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

/** The n-th block (0-based) of the body, or the last one. */
export const block = (page: Page, n: number | 'last') => (n === 'last' ? page.locator('[data-block-key]').last() : page.locator('[data-block-key]').nth(n));

/** Adds a block of `type` at the end of the body in the article editor; a locator that keeps pointing at it. */
export async function addBlock(page: Page, type: string): Promise<Locator> {
  await page.getByRole('button', { name: '+ Add block' }).click();
  await page.locator(`[data-add-block="${type}"]`).click();
  const last = block(page, 'last');
  await expect(last).toHaveAttribute('data-block-type', type);
  // A locator that keeps pointing at this block when others are added or moved.
  return page.locator(`[data-block-key="${await last.getAttribute('data-block-key')}"]`);
}

/** A section id, read from the database the app under test uses. */
export async function sectionId(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('SELECT "id" FROM "Section" ORDER BY "position" LIMIT 1')).rows[0].id;
  } finally {
    await client.end();
  }
}
