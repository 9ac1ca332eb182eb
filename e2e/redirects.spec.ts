/**
 * Old URLs keep working (issue 11, part 4): a renamed article's old URL
 * answers 301 to the new one, an unpublished article 410 with a helpful page,
 * an unknown one 404; none of them is cached for long, and a story published
 * at a URL that was a 404 shows at once. Staff add and remove redirects at
 * /admin/redirects.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { EditorApi } from '../tools/editor-api.ts';
import { datedPath, sectionId, signedIn, unique } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

const locationOf = (res: APIResponse) => new URL(res.headers()['location'].split(',')[0].trim(), 'http://x').pathname;

/** A shared cache may keep it a minute at most. */
function expectShortLived(res: APIResponse, what: string) {
  const cc = res.headers()['cache-control'] ?? '';
  const sMaxAge = Number(/s-maxage=(\d+)/.exec(cc)?.[1] ?? /max-age=(\d+)/.exec(cc)?.[1] ?? 0);
  expect(sMaxAge, `${what}: ${cc}`).toBeLessThanOrEqual(60);
}

test('a renamed article’s old URL answers 301 to the new one; unpublished, every URL of it answers 410 with a helpful page', async ({ page, request, baseURL }) => {
  const api = await EditorApi.signIn(baseURL!);
  const slug = `moved-${unique()}`;
  let article = await api.create({ title: `Moved story ${slug}`, slug, sectionId: await sectionId() });
  article = await api.transition(article, 'publish');
  const oldPath = article.publicPath!;
  expect((await request.get(oldPath)).status()).toBe(200);

  article = await api.change(article, { slug: `${slug}-renamed` });
  const newPath = article.publicPath!;
  expect(newPath).toMatch(new RegExp(`/${slug}-renamed$`));
  const moved = await request.get(oldPath, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(locationOf(moved)).toBe(newPath);
  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`${newPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Moved story ${slug}`);

  // Renamed again: the first URL leads straight to the current one (no chain).
  article = await api.change(article, { slug: `${slug}-final` });
  const first = await request.get(oldPath, { maxRedirects: 0 });
  expect(first.status()).toBe(301);
  expect(locationOf(first)).toBe(article.publicPath);

  const finalPath = article.publicPath!;
  article = await api.transition(article, 'unpublish');
  for (const path of [oldPath, newPath, finalPath]) {
    const gone = await request.get(path, { maxRedirects: 0 });
    expect(gone.status(), path).toBe(410);
    expectShortLived(gone, path);
  }
  const res = await page.goto(oldPath);
  expect(res?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can.t find that page/i);
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByTestId('latest-news').getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /front page/i })).toHaveAttribute('href', '/');

  const unknown = await request.get(datedPath(`never-${unique()}`, new Date()), { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expectShortLived(unknown, 'unknown article URL');
});

test('a 404 is cached briefly, and a story published at that URL shows at once', async ({ request, baseURL }) => {
  const api = await EditorApi.signIn(baseURL!);
  const slug = `soon-${unique()}`;
  const path = datedPath(slug, new Date());
  for (let i = 0; i < 2; i++) {
    const miss = await request.get(path);
    expect(miss.status()).toBe(404);
    expectShortLived(miss, 'a 404');
  }
  let article = await api.create({ title: `Soon ${slug}`, slug, sectionId: await sectionId() });
  article = await api.transition(article, 'publish');
  expect(article.publicPath).toBe(path);
  const now = await request.get(path);
  expect(now.status()).toBe(200);
  expect(await now.text()).toContain(`Soon ${slug}`);
});

test('staff add and remove a redirect at /admin/redirects; bad input is refused; authors may not', async ({ browser, request }) => {
  const page = await signedIn(browser, EDITOR);
  await page.goto('/admin/redirects');
  const from = `/promo-${unique()}`;
  const form = page.getByRole('form', { name: 'Add a redirect' });

  await page.getByLabel('Old path').fill('https://evil.example/x');
  await page.getByLabel('New path').fill('//evil.example');
  await page.getByRole('button', { name: 'Add redirect' }).click();
  await expect(form.getByRole('alert').first()).toContainText('not added');
  await expect(form.getByText(/must be a path of this site/).first()).toBeVisible();

  await page.getByLabel('Old path').fill(from);
  await page.getByLabel('New path').fill('/section/news');
  await page.getByRole('button', { name: 'Add redirect' }).click();
  await expect(form.getByRole('status')).toContainText(`${from} now redirects to /section/news`);
  const moved = await request.get(from, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(locationOf(moved)).toBe('/section/news');

  // A chain is refused.
  await page.getByLabel('Old path').fill(`/other-${unique()}`);
  await page.getByLabel('New path').fill(from);
  await page.getByRole('button', { name: 'Add redirect' }).click();
  await expect(form.getByText(/itself redirects/)).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `Remove the redirect from ${from}` }).click();
  await expect(page.getByTestId('redirect-row').filter({ hasText: from })).toHaveCount(0);
  expect((await request.get(from, { maxRedirects: 0 })).status()).toBe(404);

  const author = await signedIn(browser, AUTHOR);
  const denied = await author.goto('/admin/redirects');
  expect(denied?.status()).toBe(403);
});
