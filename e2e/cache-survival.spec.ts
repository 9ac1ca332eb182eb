/**
 * Publishing keeps the cache (issue 9): an article page holds only its own
 * content, and the lists of other stories beside it are loaded apart. So
 * publishing a story leaves the other article pages cached, while an old
 * article opened afterwards lists the new headline in its Latest news.
 *
 * Runs after every other spec (its own Playwright project), alone: others
 * change settings and articles, which legitimately expire pages.
 */
import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { articlePaths, FRESH_MS, reportMs, signedIn, unique, writeArticle } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

test('publishing a story leaves other article pages cached; old articles show it in Latest news', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const paths = await articlePaths(request);
  expect(paths.length).toBeGreaterThan(40);

  // Warm every article page until Next serves it from its cache.
  for (const path of paths) {
    await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: path, timeout: 10_000, intervals: [0, 100, 250] }).toBe('HIT');
  }

  // An old article's Latest news comes from the aside island (one cached JSON per section and edition): which one?
  const old = paths[paths.length - 1];
  const first = await (await browser.newContext()).newPage();
  const asideResponse = first.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/aside/'));
  await first.goto(old);
  const aside = new URL((await asideResponse).url());
  const asidePath = aside.pathname + aside.search;
  await first.context().close();

  const title = `Tram network adds a night line ${unique()}`;
  const editor = await signedIn(browser, EDITOR);
  await writeArticle(editor, title, 'The night line runs every half hour.');
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByTestId('article-status')).toContainText('Published');
  const published = Date.now();

  // At once (FRESH_MS; its Cache-Control would keep it for minutes) the island's answer lists the new story…
  await expect.poll(async () => (await request.get(asidePath)).text(), { timeout: FRESH_MS, intervals: [0, 100, 200] }).toContain(title);
  reportMs('publish-to-island', published);
  // …and the old article, opened now by a reader, shows it in its Latest news. (A browser that fetched the island less
  // than a minute ago may show its copy once more while it revalidates: stale-while-revalidate=60.)
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(old);
  await expect(reader.getByTestId('latest-news').getByRole('link', { name: title })).toBeVisible();

  // And the article pages warmed before are still answered from the cache.
  const states = await Promise.all(paths.map(async (path) => (await request.get(path)).headers()['x-nextjs-cache']));
  const hits = states.filter((s) => s === 'HIT').length;
  test.info().annotations.push({ type: 'cache', description: `${hits} of ${paths.length} article pages still cached after a publish` });
  expect(hits / paths.length, `${hits} of ${paths.length} article pages still answered from the cache`).toBeGreaterThanOrEqual(0.99);
  await reader.context().close();
  await editor.context().close();
});
