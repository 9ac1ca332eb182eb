import { expect, test, type Page } from '@playwright/test';
import { articlePaths, datedPath, demoTitle, DRAFT_SLUG, IN_REVIEW_SLUG, SCHEDULED_SLUG, SHOWCASE_SLUG, sitemapPaths } from './support';

const DAY = 24 * 60 * 60 * 1000;

async function expectHelpful404(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), `${path} is a 404`).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/i);
  // Somewhere to go next: a search box and the front page.
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('link', { name: /front page/i })).toHaveAttribute('href', '/');
}

test.describe('unknown and unpublished URLs', () => {
  test('an unknown article URL is a helpful 404', async ({ page }) => {
    await expectHelpful404(page, '/news/2024/01/15/this-story-does-not-exist');
  });

  test('malformed article URLs are 404s', async ({ request }) => {
    for (const path of ['/news/2024/13/01/some-story', '/news/2024/01/32/some-story', '/news/24/01/01/some-story', '/news/2024/01/01/Not_A_Slug']) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });

  test('unknown section, tag and author are helpful 404s', async ({ page }) => {
    await expectHelpful404(page, '/section/no-such-section');
    await expectHelpful404(page, '/tag/no-such-tag');
    await expectHelpful404(page, '/author/no-such-author');
  });

  test('an unknown top-level path is a 404', async ({ request }) => {
    expect((await request.get('/no-such-page/at-all')).status()).toBe(404);
  });

  test('the showcase article at a wrong date redirects to its real URL, not a duplicate', async ({ request }) => {
    const real = (await articlePaths(request)).find((p) => p.endsWith(`/${SHOWCASE_SLUG}`))!;
    const res = await request.get(`/news/2001/01/01/${SHOWCASE_SLUG}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(res.status());
    // (Playwright joins repeated headers with ", "; every Location value must be the real URL.)
    const locations = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'location')
      .map((h) => new URL(h.value, 'http://x').pathname);
    expect(locations.length).toBeGreaterThan(0);
    expect(new Set(locations)).toEqual(new Set([real]));
  });

  for (const [name, slug] of [
    ['draft', DRAFT_SLUG],
    ['in-review', IN_REVIEW_SLUG],
    ['scheduled', SCHEDULED_SLUG],
  ] as const) {
    test(`the ${name} article is a 404 at any plausible dated URL`, async ({ page, request }) => {
      const now = Date.now();
      const dates = [-7, -3, -2, -1, 0, 1, 2, 3].map((d) => new Date(now + d * DAY));
      const paths = [...new Set(dates.map((d) => datedPath(slug, d)))];
      for (const path of paths) {
        const res = await request.get(path, { maxRedirects: 0 });
        expect(res.status(), `${path} is a 404 (not a redirect to the article)`).toBe(404);
        expect(await res.text()).not.toContain(`/${slug}"`);
      }
      await expectHelpful404(page, datedPath(slug, new Date(now)));
    });
  }

  test('drafts and scheduled articles never appear in search, feeds or sitemaps', async ({ request, page }) => {
    const hidden = [DRAFT_SLUG, IN_REVIEW_SLUG, SCHEDULED_SLUG];

    for (const path of ['/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const text = await res.text();
      for (const slug of hidden) expect(text, `${path} does not mention ${slug}`).not.toContain(slug);
    }
    for (const slug of hidden) {
      expect((await sitemapPaths(request)).some((p) => p.endsWith(`/${slug}`))).toBe(false);
    }

    // Search for each hidden article by its exact headline, and by the words of its slug: it is never among the hits.
    for (const [slug, q] of hidden.flatMap((slug) => [
      [slug, demoTitle(slug)],
      [slug, slug.replace(/-/g, ' ')],
    ])) {
      const res = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('status')).toBeVisible();
      const hrefs = await page
        .getByTestId('teaser-list')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(
        hrefs.filter((h) => h.endsWith(`/${slug}`)),
        `search for "${q}"`,
      ).toEqual([]);
      expect(await page.content()).not.toContain(`/${slug}"`);
      await expect(page.getByTestId('teaser-list').getByRole('link', { name: demoTitle(slug), exact: true })).toHaveCount(0);
    }
  });
});
