import { expect, test, type APIRequestContext } from '@playwright/test';
import { articlePaths } from './support';

/**
 * Section, tag and author listings paginate: page 1 links to page 2, page 2
 * shows other stories and "Page 2 of N", and a page past the end is a 404.
 *
 * Which section, tag and author have more than one page depends on the demo
 * content, so the test finds them the way a reader could: the sections from
 * the header, tags and authors from the articles themselves (the most used ones).
 */

type Kind = 'section' | 'tag' | 'author';

async function mostUsed(request: APIRequestContext): Promise<Record<Kind, string[]>> {
  const paths = await articlePaths(request);
  const counts: Record<Kind, Map<string, number>> = { section: new Map(), tag: new Map(), author: new Map() };
  const pattern = /href="\/(section|tag|author)\/([a-z0-9-]+)"/g;
  for (let i = 0; i < paths.length; i += 8) {
    const pages = await Promise.all(paths.slice(i, i + 8).map(async (p) => (await request.get(p)).text()));
    for (const html of pages) {
      // Only the article itself (not the header or the "Latest news" aside) says what it is filed under.
      const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
      const seen = new Set<string>();
      for (const m of article.matchAll(pattern)) {
        const key = `${m[1]}/${m[2]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        counts[m[1] as Kind].set(m[2], (counts[m[1] as Kind].get(m[2]) ?? 0) + 1);
      }
    }
  }
  const ranked = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([slug]) => slug);
  return { section: ranked(counts.section), tag: ranked(counts.tag), author: ranked(counts.author) };
}

/** The first candidate whose listing has a second page. */
async function paginated(request: APIRequestContext, kind: Kind, candidates: string[]): Promise<string | undefined> {
  for (const slug of candidates.slice(0, 6)) {
    const html = await (await request.get(`/${kind}/${slug}`)).text();
    if (html.includes(`href="/${kind}/${slug}/2"`)) return slug;
  }
  return undefined;
}

test.describe('listing pagination', () => {
  let candidates: Record<Kind, string[]>;
  test.beforeAll(async ({ request }) => {
    test.setTimeout(120_000);
    candidates = await mostUsed(request);
  });

  for (const kind of ['section', 'tag', 'author'] as const) {
    test(`${kind} listing: page 1 → page 2 → past the end`, async ({ page, request }) => {
      const slug = await paginated(request, kind, candidates[kind]);
      expect(slug, `some ${kind} has more than one page of stories (demo content should provide one)`).toBeTruthy();
      const base = `/${kind}/${slug}`;

      const res1 = await page.goto(base);
      expect(res1?.status()).toBe(200);
      const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      const pagination = page.getByRole('navigation', { name: 'Pagination' });
      await expect(pagination).toContainText(/Page 1 of \d+/);
      const total = Number(/Page 1 of (\d+)/.exec(await pagination.innerText())![1]);
      expect(total).toBeGreaterThanOrEqual(2);
      await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0);
      const next = pagination.locator('a[rel="next"]');
      await expect(next).toHaveAttribute('href', `${base}/2`);

      const list = page.getByTestId('teaser-list');
      const page1 = await list
        .getByRole('heading')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(page1.length).toBeGreaterThan(0);
      if (kind === 'section') {
        for (const item of await list.getByRole('listitem').all()) await expect(item).toContainText(name);
      }

      await next.click();
      await expect(page).toHaveURL(new RegExp(`${base}/2$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(pagination).toContainText(`Page 2 of ${total}`);
      await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', base);
      if (total > 2) await expect(pagination.locator('a[rel="next"]')).toHaveAttribute('href', `${base}/3`);
      else await expect(pagination.locator('a[rel="next"]')).toHaveCount(0);

      const page2 = await list
        .getByRole('heading')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(page2.length).toBeGreaterThan(0);
      // Page 2 shows other stories than page 1. (Read both again together if they
      // disagree: a story published by another test in between shifts the pages by one.)
      const hrefs = async (url: string) => [...(await (await request.get(url)).text()).matchAll(/<h3[^>]*><a[^>]*href="([^"]+)"/g)].map((m) => m[1]);
      if (page2.some((h) => page1.includes(h))) {
        await expect(async () => {
          const [p1, p2] = [await hrefs(base), await hrefs(`${base}/2`)];
          expect(
            p2.filter((h) => p1.includes(h)),
            'page 2 shows different stories',
          ).toEqual([]);
        }).toPass({ timeout: 10_000 });
      }

      // Page 2 loaded directly (not only by client navigation) is a real page.
      expect((await request.get(`${base}/2`)).status()).toBe(200);
      // Past the end, and nonsense page numbers, are 404s.
      expect((await request.get(`${base}/${total + 1}`)).status(), `${base}/${total + 1}`).toBe(404);
      expect((await request.get(`${base}/0`)).status()).toBe(404);
      expect((await request.get(`${base}/two`)).status()).toBe(404);
    });
  }
});
