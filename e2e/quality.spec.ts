import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { articlePathFor, collectErrors, LIVE_SLUG, scrollThrough, signedIn, SHOWCASE_SLUG, waitForImages } from './support';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;

/**
 * Reader-facing quality on the main page types: no errors in the console,
 * no sideways scrolling on a phone, and nothing axe finds (WCAG 2 A/AA and its
 * best-practice rules) on reader pages and the admin.
 */

type Target = { name: string; path: (page: Page) => Promise<string> };

const showcase: Target['path'] = async (page) => articlePathFor(page.request, SHOWCASE_SLUG);
const firstSection: Target['path'] = async (page) => {
  const res = await page.request.get('/');
  const m = /<nav[^>]*aria-label="Sections"[\s\S]*?href="(\/section\/[a-z0-9-]+)"/.exec(await res.text());
  expect(m, 'the header links to a section').not.toBeNull();
  return m![1];
};

const liveBlog: Target['path'] = async (page) => articlePathFor(page.request, LIVE_SLUG);
/** The demo live blog's article id, from its public page. */
const liveBlogId = async (page: Page) => /data-article-id="([0-9a-f-]{36})"/.exec(await (await page.request.get(await liveBlog(page))).text())![1];

const pages: Target[] = [
  { name: 'front page', path: async () => '/' },
  { name: 'article', path: showcase },
  { name: 'live blog', path: liveBlog },
  { name: 'section', path: firstSection },
];

test.describe('no console errors', () => {
  for (const target of [...pages, { name: 'search', path: async () => '/search?q=budget' } satisfies Target]) {
    test(`on the ${target.name}`, async ({ page }) => {
      const path = await target.path(page);
      const errors = collectErrors(page);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await page.waitForLoadState('load');
      await scrollThrough(page);
      await waitForImages(page);
      // Requests the browser makes on its own after load (the favicon, link prefetches) must succeed too.
      await page.waitForLoadState('networkidle');
      // Chromium fetches /favicon.ico on its own schedule, so a missing favicon
      // shows up here only sometimes; the favicon test below checks it every time.
      expect(
        errors.filter((e) => !e.includes('/favicon.ico')),
        `console errors on ${path}`,
      ).toEqual([]);
    });
  }

  test('on a 404 page (besides the 404 response itself)', async ({ page }) => {
    const errors = collectErrors(page);
    const res = await page.goto('/news/2024/01/15/this-story-does-not-exist');
    expect(res?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    // The browser logs the document's own 404 status as a console error; nothing else may be logged.
    expect(errors.filter((e) => !e.includes('/favicon.ico') && !(/status of 404/.test(e) && e.includes('this-story-does-not-exist')))).toEqual([]);
  });

  test('the site has a favicon (browsers request /favicon.ico on every site)', async ({ page, request }) => {
    await page.goto('/');
    const declared = await page.locator('link[rel~="icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    // Either the pages declare icons that resolve, or the browser's fallback /favicon.ico exists.
    for (const href of declared.length ? declared : ['/favicon.ico']) {
      const res = await request.get(href);
      expect(res.status(), `${href} (add app/icon.svg or app/favicon.ico)`).toBe(200);
      expect(res.headers()['content-type']).toMatch(/^image\//);
    }
  });
});

test.describe('no horizontal scrolling at 375px', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const target of pages) {
    test(`on the ${target.name}`, async ({ page }) => {
      const path = await target.path(page);
      await page.goto(path);
      await scrollThrough(page);
      await waitForImages(page);
      const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
        const cw = document.documentElement.clientWidth;
        // Name the culprits, if any: visible elements sticking out past the right edge.
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > cw + 1;
          })
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: document.documentElement.scrollWidth, clientWidth: cw, wide };
      });
      expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport; wide elements: ${wide.join(', ')}`).toBeLessThanOrEqual(clientWidth);
    });
  }
});

/** axe's findings on the page, one line a rule with its offending nodes; `[]` when clean. */
async function axeReport(page: Page): Promise<string[]> {
  // WCAG 2 A/AA and axe's best practices (landmarks, heading order, …).
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
}

test.describe('accessibility (axe: WCAG 2 A/AA and best practices)', () => {
  for (const target of pages) {
    test(`on the ${target.name}`, async ({ page }) => {
      test.setTimeout(60_000); // axe's full rule set takes a while on a busy machine
      const path = await target.path(page);
      await page.goto(path, { waitUntil: 'load' });
      expect(await axeReport(page), `axe violations on ${path}`).toEqual([]);
    });
  }

  const adminPages: Target[] = [
    { name: 'dashboard', path: async () => '/admin' },
    { name: 'article list', path: async () => '/admin/articles' },
    {
      name: 'article editor',
      path: async (page) => {
        await page.goto('/admin/articles');
        return `/admin/articles/${await page.locator('[data-article-id]').first().getAttribute('data-article-id')}`;
      },
    },
    { name: 'new article', path: async () => '/admin/articles/new' },
    { name: 'live blog', path: async (page) => `/admin/articles/${await liveBlogId(page)}/live` },
    { name: 'media library', path: async () => '/admin/media' },
    { name: 'taxonomy', path: async () => '/admin/taxonomy' },
    { name: 'ads', path: async () => '/admin/ads' },
    { name: 'settings', path: async () => '/admin/settings' },
    { name: 'users', path: async () => '/admin/users' },
    { name: 'account', path: async () => '/admin/account' },
    { name: 'audit log', path: async () => '/admin/audit' },
  ];
  for (const target of adminPages) {
    test(`on the admin ${target.name}`, async ({ browser }) => {
      test.setTimeout(60_000);
      const page = await signedIn(browser, ADMIN);
      const path = await target.path(page);
      const res = await page.goto(path, { waitUntil: 'load' });
      expect(res?.status(), path).toBe(200);
      expect(await axeReport(page), `axe violations on ${path}`).toEqual([]);
      await page.context().close();
    });
  }

  test('on the sign-in page', async ({ page }) => {
    await page.goto('/admin/login', { waitUntil: 'load' });
    expect(await axeReport(page), 'axe violations on /admin/login').toEqual([]);
  });
});
