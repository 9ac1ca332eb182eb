import { expect, test, type Page } from '@playwright/test';
import { articlePathFor, articlePaths, decodeXml, SHOWCASE_SLUG } from './support';

/** What search engines, social networks and feed readers see. */

async function meta(page: Page, selector: string): Promise<string | null> {
  const el = page.locator(selector);
  expect(await el.count(), `${selector} appears exactly once`).toBe(1);
  return el.getAttribute('content');
}

test.describe('metadata', () => {
  test('article: title, description, canonical, OpenGraph and NewsArticle JSON-LD', async ({ page, request }) => {
    const path = await articlePathFor(request, SHOWCASE_SLUG);
    await page.goto(path);
    const headline = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const standfirst = (await page.getByTestId('standfirst').innerText()).trim();

    expect(await page.title()).toContain(headline);
    expect(await meta(page, 'meta[name="description"]')).toBe(standfirst);

    const canonical = page.locator('link[rel="canonical"]');
    await expect(canonical).toHaveCount(1);
    const canonicalHref = (await canonical.getAttribute('href'))!;
    expect(new URL(canonicalHref).pathname).toBe(path);

    expect(await meta(page, 'meta[property="og:title"]')).toBe(headline);
    expect(await meta(page, 'meta[property="og:type"]')).toBe('article');
    expect(await meta(page, 'meta[property="og:url"]')).toBe(canonicalHref);
    const ogImage = (await page.locator('meta[property="og:image"]').first().getAttribute('content'))!;
    expect(ogImage).toMatch(/^https?:\/\//);
    // The image is served by this site.
    const img = await request.get(new URL(ogImage).pathname);
    expect(img.status(), `og:image ${ogImage}`).toBe(200);
    expect(img.headers()['content-type']).toMatch(/^image\//);

    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    const objects = ld.map((t) => JSON.parse(t));
    const article = objects.find((o) => o['@type'] === 'NewsArticle');
    expect(article, 'a NewsArticle JSON-LD block').toBeTruthy();
    expect(article.headline).toBe(headline);
    expect(article.datePublished).toBe(await page.getByTestId('dateline').locator('time').first().getAttribute('datetime'));
    expect(Number.isNaN(Date.parse(article.datePublished))).toBe(false);
    expect(article.url).toBe(canonicalHref);
    expect(Array.isArray(article.author) && article.author.length).toBeTruthy();
    expect(article.publisher?.name).toBeTruthy();
  });

  for (const [name, path] of [
    ['front page', '/'],
    ['search', '/search?q=news'],
  ] as const) {
    test(`${name}: canonical and OpenGraph tags`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      expect(await meta(page, 'meta[property="og:title"]')).toBeTruthy();
      expect(await meta(page, 'meta[property="og:url"]')).toMatch(/^https?:\/\//);
      expect(await meta(page, 'meta[name="description"]')).toBeTruthy();
      expect((await page.title()).length).toBeGreaterThan(0);
    });
  }

  test('section, tag and author pages: canonical and OpenGraph tags', async ({ page, request }) => {
    await page.goto(await articlePathFor(request, SHOWCASE_SLUG));
    const listingLinks = [
      await page.locator('main article a[href^="/section/"]').first().getAttribute('href'),
      await page.locator('main article ul[aria-label="Tags"] a').first().getAttribute('href'),
      await page.locator('main article a[rel="author"]').first().getAttribute('href'),
    ];
    for (const path of listingLinks) {
      expect(path).toBeTruthy();
      await page.goto(path!);
      const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname, `${path} canonical`).toBe(path);
      expect(await meta(page, 'meta[property="og:title"]')).toContain(name);
      expect(await page.title()).toContain(name);
    }
  });

  test('feed.xml is valid RSS 2.0 led by the latest article', async ({ page, request }) => {
    await page.goto('/');
    // Other tests may publish while this one runs, so the front page and the
    // feed are read again together until they agree on the newest story.
    await expect(async () => {
      const res = await request.get('/feed.xml');
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toMatch(/xml/);
      const xml = await res.text();
      await page.reload();
      const latestTitle = (await page.getByTestId('latest-news').getByRole('listitem').first().getByRole('link').innerText()).trim();

      // Parse with the browser's XML parser: any well-formedness error shows up as <parsererror>.
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const items = [...doc.querySelectorAll('rss > channel > item')];
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          version: doc.documentElement.getAttribute('version'),
          channelTitle: doc.querySelector('rss > channel > title')?.textContent ?? null,
          channelLink: doc.querySelector('rss > channel > link')?.textContent ?? null,
          items: items.map((i) => ({
            title: i.querySelector('title')?.textContent?.trim() ?? '',
            link: i.querySelector('link')?.textContent?.trim() ?? '',
            pubDate: i.querySelector('pubDate')?.textContent ?? '',
          })),
        };
      }, xml);

      expect(feed.error).toBeNull();
      expect(feed.root).toBe('rss');
      expect(feed.version).toBe('2.0');
      expect(feed.channelTitle).toBeTruthy();
      expect(feed.channelLink).toMatch(/^https?:\/\//);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.title).toBeTruthy();
        expect(new URL(item.link).pathname).toMatch(/^\/news\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
        expect(Number.isNaN(Date.parse(item.pubDate)), `pubDate "${item.pubDate}"`).toBe(false);
      }
      expect(feed.items[0].title).toBe(latestTitle);
    }).toPass({ timeout: 15_000 });
  });

  test('sitemap.xml lists article URLs, and they resolve', async ({ request }) => {
    const res = await request.get('/sitemap.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('<urlset');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeXml(m[1]));
    for (const loc of locs) expect(loc).toMatch(/^https?:\/\//);
    const paths = await articlePaths(request);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.some((p) => p.endsWith(`/${SHOWCASE_SLUG}`))).toBe(true);
    // Spot-check a few: newest, oldest and one in the middle.
    for (const p of [paths[0], paths[Math.floor(paths.length / 2)], paths[paths.length - 1]]) {
      expect((await request.get(p, { maxRedirects: 0 })).status(), p).toBe(200);
    }
  });

  test('robots.txt points to the sitemaps and keeps crawlers out of search', async ({ request }) => {
    const res = await request.get('/robots.txt');
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Disallow: \/search$/m);
  });
});
