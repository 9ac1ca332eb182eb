import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { decodeXml, editionArticles, showcasePath, SHOWCASE_SLUG } from './support';
import { SHOWCASE_SLUG_RU, SHOWCASE_SLUG_UK } from '../tools/seed/index.ts';
import { messagesFor } from '../lib/i18n/index.ts';

/**
 * Language editions (issue 12, ADR 021): English at "/", Ukrainian at /uk/,
 * Russian at /ru/ in the demo. A reader switches edition from an article
 * with and without a translation; hreflang links are reciprocal; every
 * edition's front page, article and 404 have the right lang and pass axe;
 * feeds and sitemaps are per edition and parse.
 */

const EDITIONS = [
  { code: 'en', base: '', name: 'English' },
  { code: 'uk', base: '/uk', name: 'Українська' },
  { code: 'ru', base: '/ru', name: 'Русский' },
] as const;

const pathOf = (url: string) => new URL(decodeXml(url)).pathname;

/** hreflang → path of the page's <link rel="alternate" hreflang> tags. */
async function hreflangs(page: Page): Promise<Record<string, string>> {
  return page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname])));
}

/** The paths a redirect's Location headers name (Next's page-level redirect may repeat the header; Playwright joins repeats with ", "). */
function locationsOf(res: APIResponse): Set<string> {
  return new Set(
    res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'location')
      .map((h) => new URL(h.value, 'http://x').pathname),
  );
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('language editions', () => {
  test('each edition has its own front page, in its language', async ({ page }) => {
    for (const e of EDITIONS) {
      const res = await page.goto(e.base || '/');
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', e.code);
      // Its own lead story and latest news, linking only its own articles.
      await expect(page.getByTestId('lead-story')).toBeVisible();
      const links = await page
        .getByTestId('latest-news')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.length).toBeGreaterThan(5);
      for (const l of links) expect(l.startsWith(`${e.base}/news/`), `${l} is an article of ${e.code}`).toBe(true);
    }
    // Localised chrome.
    await page.goto('/uk');
    await expect(page.getByRole('heading', { name: 'Стрічка новин' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Розділи' })).toBeVisible();
  });

  test('each edition’s pages show its own advertisers’ campaigns, never another edition’s', async ({ page, request }) => {
    const list = (await (await request.get('/campaigns')).json()) as Record<string, { id: string; edition: string | null }[]>;
    const editionOf = new Map(['INLINE', 'AFTER_BODY', 'SIDEBAR'].flatMap((p) => list[p].map((c) => [c.id, c.edition] as const)));
    for (const e of EDITIONS) {
      await page.goto(await showcasePath(request, e.base, e.code === 'en' ? SHOWCASE_SLUG : e.code === 'uk' ? SHOWCASE_SLUG_UK : SHOWCASE_SLUG_RU));
      const slots = page.getByTestId('ad-slot');
      // Every slot has its creative (none is left busy); those showing a campaign show one of this edition or of every edition.
      await expect(slots.locator('[aria-busy]')).toHaveCount(0);
      const shown = (await slots.evaluateAll((els) => els.map((el) => el.getAttribute('data-campaign')))).filter((id): id is string => !!id);
      expect(shown.length, `${e.code}: campaigns in its slots`).toBeGreaterThan(0);
      for (const id of shown) expect([e.code, null], `${e.code} shows campaign ${id}`).toContain(editionOf.get(id));
    }
  });

  test('switching edition from an article with translations leads to them; hreflang links are reciprocal', async ({ page, request }) => {
    const en = await showcasePath(request, '', SHOWCASE_SLUG);
    const uk = await showcasePath(request, '/uk', SHOWCASE_SLUG_UK);
    const ru = await showcasePath(request, '/ru', SHOWCASE_SLUG_RU);
    const expected = { en, uk, ru, 'x-default': en };
    for (const path of [en, uk, ru]) {
      await page.goto(path);
      expect(await hreflangs(page), `hreflang on ${path}`).toEqual(expected);
    }
    await page.goto(en);
    await page.getByTestId('edition-switcher').getByRole('link', { name: 'Українська' }).click();
    await expect(page).toHaveURL(new RegExp(`${uk}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    // Ukrainian dateline and labels.
    await expect(page.getByTestId('dateline')).toHaveText(/^(Понеділок|Вівторок|Середа|Четвер|Пʼятниця|Субота|Неділя), \d{1,2} [а-яіїєґ]+ \d{4}, \d{2}:\d{2}/);
    await page.getByTestId('edition-switcher').getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(new RegExp(`${ru}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByTestId('edition-switcher').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${en}$`));
  });

  test('switching edition from an article without a translation leads to that edition’s front page', async ({ page, request }) => {
    const paths = await editionArticles(request, '/uk');
    let lonely: string | null = null;
    for (const path of paths) {
      await page.goto(path);
      if (Object.keys(await hreflangs(page)).length === 0) {
        lonely = path;
        break;
      }
    }
    expect(lonely, 'a Ukrainian article without translations').toBeTruthy();
    await page.getByTestId('edition-switcher').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('an article answers only under its own edition’s prefix', async ({ request }) => {
    const uk = await showcasePath(request, '/uk', SHOWCASE_SLUG_UK);
    const res = await request.get(uk.replace(/^\/uk/, '/ru'), { maxRedirects: 0 });
    expect([301, 308]).toContain(res.status());
    expect(locationsOf(res)).toEqual(new Set([uk]));
    // The default edition's own prefix is not a second address of its pages.
    // (A permanent redirect of a page answers 301: lib/server/miss-status.ts.)
    const en = await request.get('/en/section/politics', { maxRedirects: 0 });
    expect([301, 308]).toContain(en.status());
    expect(locationsOf(en)).toEqual(new Set(['/section/politics']));
  });

  for (const e of EDITIONS) {
    test(`the ${e.name} front page, an article and the 404 have lang="${e.code}" and pass axe`, async ({ page, request }) => {
      test.setTimeout(120_000);
      const article = (await editionArticles(request, e.base))[0];
      for (const path of [e.base || '/', article]) {
        await page.goto(path, { waitUntil: 'load' });
        await expect(page.locator('html')).toHaveAttribute('lang', e.code);
        expect(await axe(page), `axe on ${path}`).toEqual([]);
      }
      const res = await page.goto(`${e.base}/news/2024/01/15/no-such-story`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', e.code);
      await expect(page.getByRole('link', { name: messagesFor(e.code).notFound.front })).toHaveAttribute('href', e.base || '/');
      await expect(
        page
          .getByRole('navigation', { name: messagesFor(e.code).chrome.sections })
          .getByRole('link')
          .first(),
      ).toBeVisible();
      expect(await axe(page), `axe on the ${e.code} 404`).toEqual([]);
    });
  }

  test('feeds and sitemaps per edition parse and list only that edition', async ({ request }) => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const e of EDITIONS) {
      const rss = await request.get(`${e.base}/feed.xml`);
      expect(rss.status()).toBe(200);
      const feed = parser.parse(await rss.text());
      expect(feed.rss.channel.language).toBe(e.code);
      const items = [feed.rss.channel.item].flat();
      expect(items.length).toBeGreaterThan(5);
      for (const item of items) expect(pathOf(item.link).startsWith(`${e.base}/news/`), item.link).toBe(true);

      const json = await (await request.get(`${e.base}/feed.json`)).json();
      expect(json.language).toBe(e.code);
      expect(json.items.every((i: { url: string }) => pathOf(i.url).startsWith(`${e.base}/news/`))).toBe(true);
      parser.parse(await (await request.get(`${e.base}/feed.atom`)).text());

      const sitemap = parser.parse(await (await request.get(`${e.base}/sitemap.xml`)).text());
      const urls = [sitemap.urlset.url].flat() as { loc: string }[];
      expect(urls.length).toBeGreaterThan(10);
      for (const u of urls) expect(pathOf(u.loc) === (e.base || '/') || pathOf(u.loc).startsWith(`${e.base}/`)).toBe(true);
      const news = await request.get(`${e.base}/news-sitemap.xml`);
      expect(news.status()).toBe(200);
      expect(await news.text()).toContain(`<news:language>${e.code}</news:language>`);
    }
    // Every edition's sitemap is in robots.txt.
    const robots = await (await request.get('/robots.txt')).text();
    for (const e of EDITIONS) expect(robots).toContain(`${e.base}/sitemap.xml`);
  });

  test('search stays within the edition', async ({ page }) => {
    await page.goto('/uk/search?q=меридіан');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    const links = await page
      .getByTestId('teaser-list')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const l of links) expect(l.startsWith('/uk/news/')).toBe(true);
  });
});
