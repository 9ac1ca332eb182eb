import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articlePathFor, collectErrors, scrollThrough, SHOWCASE_SLUG, waitForImages } from './support';

/**
 * Reader-facing quality on the main page types: no errors in the console,
 * no sideways scrolling on a phone, and no WCAG 2 A/AA violations.
 */

type Target = { name: string; path: (page: Page) => Promise<string> };

const showcase: Target['path'] = async (page) => articlePathFor(page.request, SHOWCASE_SLUG);
const firstSection: Target['path'] = async (page) => {
  const res = await page.request.get('/');
  const m = /<nav[^>]*aria-label="Sections"[\s\S]*?href="(\/section\/[a-z0-9-]+)"/.exec(await res.text());
  expect(m, 'the header links to a section').not.toBeNull();
  return m![1];
};

const pages: Target[] = [
  { name: 'front page', path: async () => '/' },
  { name: 'article', path: showcase },
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

test.describe('accessibility (axe, WCAG 2 A and AA)', () => {
  for (const target of pages) {
    test(`on the ${target.name}`, async ({ page }) => {
      const path = await target.path(page);
      await page.goto(path, { waitUntil: 'load' });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const report = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`,
      );
      expect(report, `axe violations on ${path}`).toEqual([]);
    });
  }
});
