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
import { articlePaths, signedIn, unique, writeArticle } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

test('publishing a story leaves other article pages cached; old articles show it in Latest news', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const paths = await articlePaths(request);
  expect(paths.length).toBeGreaterThan(40);

  // Warm every article page until Next serves it from its cache.
  for (const path of paths) {
    await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: path, timeout: 10_000, intervals: [0, 100, 250] }).toBe('HIT');
  }

  const title = `Tram network adds a night line ${unique()}`;
  const reader = await (await browser.newContext()).newPage();
  const editor = await signedIn(browser, EDITOR);
  await writeArticle(editor, title, 'The night line runs every half hour.');
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByTestId('article-status')).toContainText('Published');
  const published = Date.now();

  // An old article opened now (by a reader with a fresh browser) lists the new story in its Latest news, within 2 s of the publish.
  // Timed to what the reader sees, not to the load event (which also waits for the hero image's first resize in a fresh browser).
  await reader.goto(paths[paths.length - 1], { waitUntil: 'domcontentloaded' });
  await expect(reader.getByTestId('latest-news').getByRole('link', { name: title })).toBeVisible({ timeout: 2_000 });
  expect(Date.now() - published).toBeLessThan(2_000);

  // And the article pages warmed before are still answered from the cache.
  const states = await Promise.all(paths.map(async (path) => (await request.get(path)).headers()['x-nextjs-cache']));
  const hits = states.filter((s) => s === 'HIT').length;
  test.info().annotations.push({ type: 'cache', description: `${hits} of ${paths.length} article pages still cached after a publish` });
  expect(hits / paths.length, `${hits} of ${paths.length} article pages still answered from the cache`).toBeGreaterThanOrEqual(0.99);
  await reader.context().close();
  await editor.context().close();
});
