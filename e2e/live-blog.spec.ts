/**
 * Live blogs (ADR 017): an editor posts an entry in the admin and a reader
 * page opened before shows "N new updates" at once (FRESH_MS), without moving what
 * the reader is looking at; the entry appears on request and has its own
 * anchor. Without JavaScript the entries are on the page. The article page
 * stays cached between entries and the front page is untouched by one.
 * Edits and deletes happen in the admin without a reload.
 *
 * Uses the seeded demo live blogs (tools/seed/content/live.ts): the English
 * one, and the Ukrainian edition's for its labels.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { LIVE_SLUG_UK } from '../tools/seed/index.ts';
import { articlePathFor, collectErrors, FRESH_MS, LIVE_SLUG, reportMs, showcasePath, signedIn, unique } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

test.describe.configure({ mode: 'serial' });

let path: string;
let articleId: string;
/** One signed-in editor for every test (password hashing is slow on a busy machine). */
let admin: Page;

test.beforeAll(async ({ browser, request }) => {
  test.setTimeout(60_000);
  path = await articlePathFor(request, LIVE_SLUG);
  admin = await signedIn(browser, EDITOR);
});

test.afterAll(async () => {
  await admin?.context().close();
});

/** Posts an entry through the admin page's form and returns its id. */
async function postEntry(title: string, text: string, keyEvent = false): Promise<string> {
  const form = admin.getByTestId('live-new-form');
  await form.getByLabel('Entry title').fill(title);
  if (keyEvent) await form.getByLabel(/Key event/).check();
  const paragraph = form.getByRole('textbox', { name: 'Paragraph text' }).first();
  await paragraph.click();
  await paragraph.pressSequentially(text);
  const answer = admin.waitForResponse((r) => r.url().endsWith(`/admin/api/articles/${articleId}/live/entries`) && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'Post entry' }).click();
  const res = await answer;
  expect(res.status(), 'the entry is posted').toBe(201);
  await expect(admin.getByRole('status')).toContainText(`Posted “${title}”`);
  return ((await res.json()) as { value: { id: string } }).value.id;
}

test('an editor posts an entry and an open reader page offers it at once, without moving the page', async ({ browser }) => {
  test.setTimeout(90_000);
  const reader = await (await browser.newContext()).newPage();
  const readerErrors = collectErrors(reader);
  await reader.goto(path);
  const blog = reader.getByTestId('live-blog');
  await expect(blog).toHaveAttribute('data-live-status', 'LIVE');
  articleId = (await blog.getAttribute('data-article-id'))!;
  await expect(reader.getByTestId('live-badge')).toHaveText('Live');
  const before = await blog.getByTestId('live-entry').count();
  expect(before, 'the seeded entries are on the page').toBeGreaterThan(0);
  // The reader is reading the newest entry.
  const firstShown = blog.getByTestId('live-entry').first();
  await firstShown.scrollIntoViewIfNeeded();
  const yBefore = (await firstShown.boundingBox())!.y;

  await admin.goto(`/admin/articles/${articleId}/live`);
  await expect(admin.getByTestId('live-status')).toContainText('Live');
  const title = `Ferry service resumes ${unique()}`;
  const adminUrl = admin.url();
  const entryId = await postEntry(title, 'The first ferry of the day left on time.', true);
  const posted = Date.now();
  // Without a reload: the new entry is listed in the admin at once.
  expect(admin.url()).toBe(adminUrl);
  await expect(admin.getByTestId('live-admin-entry').first()).toContainText(title);

  const button = reader.getByTestId('live-new-updates');
  await expect(button).toHaveText('1 new update', { timeout: FRESH_MS });
  reportMs('post-to-reader', posted);
  // The button floats over the page: nothing the reader was looking at moved.
  expect((await firstShown.boundingBox())!.y).toBeCloseTo(yBefore, 0);
  await expect(blog.getByTestId('live-entry')).toHaveCount(before);

  await button.click();
  await expect(button).toBeHidden();
  const entry = reader.locator(`#entry-${entryId}`);
  await expect(entry).toContainText(title);
  await expect(entry).toContainText('The first ferry of the day left on time.');
  await expect(entry).toContainText('Key event');
  await expect(entry).toBeInViewport();
  await expect(blog.getByTestId('live-entry')).toHaveCount(before + 1);
  await expect(entry.getByRole('link', { name: /\d\d:\d\d/ })).toHaveAttribute('href', `#entry-${entryId}`);
  expect(readerErrors).toEqual([]);

  // A fresh visit renders it on the server, in the key events and in JSON-LD.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(`${path}#entry-${entryId}`);
  await expect(fresh.locator(`#entry-${entryId}`)).toBeInViewport();
  await expect(fresh.getByTestId('key-events').getByRole('link', { name: title })).toHaveAttribute('href', `#entry-${entryId}`);
  const jsonLd = JSON.parse((await fresh.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd['@type']).toBe('LiveBlogPosting');
  expect(jsonLd.liveBlogUpdate[0]).toMatchObject({ '@type': 'BlogPosting', headline: title });
  expect(jsonLd.liveBlogUpdate[0].url).toMatch(new RegExp(`#entry-${entryId}$`));

  // Edit and delete in the admin, without reloading.
  const item = admin.locator(`[data-testid="live-admin-entry"][data-entry-id="${entryId}"]`);
  await item.getByRole('button', { name: /^Edit/ }).click();
  await item.getByLabel('Entry title').fill(`${title} (corrected)`);
  await item.getByRole('button', { name: 'Save entry' }).click();
  await expect(admin.getByRole('status')).toContainText(`Saved “${title} (corrected)”`);
  await expect(admin.locator(`[data-testid="live-admin-entry"][data-entry-id="${entryId}"]`)).toContainText(`${title} (corrected)`);
  await fresh.goto(path);
  await expect(fresh.locator(`#entry-${entryId}`)).toContainText(`${title} (corrected)`);
  const again = admin.locator(`[data-testid="live-admin-entry"][data-entry-id="${entryId}"]`);
  await again.getByRole('button', { name: /^Delete/ }).click();
  await again.getByRole('button', { name: 'Delete for good' }).click();
  await expect(admin.getByRole('status')).toContainText('The entry was deleted.');
  await expect(again).toHaveCount(0);
  expect(admin.url()).toBe(adminUrl);
  await fresh.goto(path);
  await expect(fresh.getByTestId('live-blog')).toBeVisible();
  await expect(fresh.locator(`#entry-${entryId}`)).toHaveCount(0);
  await reader.context().close();
  await fresh.context().close();
});

test('without JavaScript the entries, key events and anchors are on the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const entries = page.getByTestId('live-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(5);
  const keyLink = page.getByTestId('key-events').getByRole('link').first();
  const href = (await keyLink.getAttribute('href'))!;
  expect(href).toMatch(/^#entry-[0-9a-f-]{36}$/);
  await keyLink.click();
  await expect(page.locator(href)).toBeInViewport();
  await expect(page.getByTestId('live-new-updates')).toHaveCount(0);
  await context.close();
});

test('the article page stays cached between entries; an entry expires only the blog', async ({ request }) => {
  test.setTimeout(60_000);
  const cache = async (p: string) => (await request.get(p)).headers()['x-nextjs-cache'];
  // Earlier tests may have left either page stale (time-based revalidation): wait for the regenerated entries.
  await expect.poll(() => cache(path), { timeout: 10_000 }).toBe('HIT');
  await expect.poll(() => cache('/'), { timeout: 10_000 }).toBe('HIT');
  expect(await cache(path), 'a reader between entries gets the cached page').toBe('HIT');
  const feed = await request.get(`/live/${articleId}`);
  expect(feed.headers()['cache-control']).toContain('s-maxage');

  await admin.goto(`/admin/articles/${articleId}/live`);
  const title = `Cache check ${unique()}`;
  const entryId = await postEntry(title, 'Checking what expires.');
  const page = await request.get(path);
  expect(await page.text(), 'the next reader gets the new entry').toContain(`entry-${entryId}`);
  expect(await cache(path), 'then the page is cached again').toBe('HIT');
  expect(await cache('/'), 'other pages are not expired by an entry').toBe('HIT');
  const json = (await (await request.get(`/live/${articleId}`)).json()) as { entries: { id: string }[] };
  expect(json.entries[0].id).toBe(entryId);

  // Clean up: the demo blog keeps its seeded entries only.
  const item = admin.locator(`[data-testid="live-admin-entry"][data-entry-id="${entryId}"]`);
  await item.getByRole('button', { name: /^Delete/ }).click();
  await item.getByRole('button', { name: 'Delete for good' }).click();
  await expect(item).toHaveCount(0);
});

test('ending the blog tells open pages, which stop asking', async ({ browser }) => {
  test.setTimeout(90_000);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(path);
  await expect(reader.getByTestId('live-blog')).toHaveAttribute('data-live-status', 'LIVE');
  await admin.goto(`/admin/articles/${articleId}/live`);
  try {
    await admin.getByRole('button', { name: 'End live blog' }).click();
    await expect(admin.getByTestId('live-status')).toContainText('Ended');
    await expect(reader.getByTestId('live-ended-notice')).toBeVisible({ timeout: FRESH_MS });
    let polls = 0;
    reader.on('request', (r) => {
      if (r.url().includes(`/live/${articleId}`)) polls++;
    });
    await reader.waitForTimeout(3_500);
    expect(polls, 'no more polling once ended').toBe(0);
    const ended = await (await browser.newContext()).newPage();
    await ended.goto(path);
    await expect(ended.getByTestId('live-badge')).toHaveText('Ended');
    await ended.context().close();
  } finally {
    await admin.getByRole('button', { name: 'Resume live blog' }).click();
    await expect(admin.getByTestId('live-status')).toContainText('Live');
  }
  await reader.context().close();
});

test('the Ukrainian edition’s live blog speaks Ukrainian, the update button too', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const ukPath = await showcasePath(request, '/uk', LIVE_SLUG_UK);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(ukPath);
  const blog = reader.getByTestId('live-blog');
  await expect(blog).toHaveAttribute('data-live-status', 'LIVE');
  await expect(reader.getByTestId('live-badge')).toHaveText('Наживо');
  await expect(reader.getByRole('heading', { name: 'Онлайн-трансляція' })).toBeVisible();
  await expect(reader.getByTestId('key-events').getByRole('heading', { name: 'Ключові події' })).toBeVisible();
  await expect(blog.getByText('Ключова подія').first()).toBeVisible();
  const text = (await reader.locator('main').innerText()).replace(/\s+/g, ' ');
  for (const english of ['Live updates', 'Key events', 'Key event', 'Updated', 'Link to this update']) expect(text, english).not.toContain(english);

  // An entry posted now: the open page offers it in Ukrainian.
  const ukId = (await blog.getAttribute('data-article-id'))!;
  const title = `Рада відкрила пункт видачі води ${unique()}`;
  const posted = await admin.request.post(`/admin/api/articles/${ukId}/live/entries`, {
    data: { title, keyEvent: false, body: [{ type: 'paragraph', content: [{ text: 'Пункт працює до вечора.' }] }] },
    headers: { origin: new URL(admin.url() || 'http://localhost').origin },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const entryId = ((await posted.json()) as { value: { id: string } }).value.id;
  try {
    await expect(reader.getByTestId('live-new-updates')).toHaveText('1 нове оновлення', { timeout: FRESH_MS });
    await reader.getByTestId('live-new-updates').click();
    await expect(reader.locator(`#entry-${entryId}`)).toContainText(title);
  } finally {
    const removed = await admin.request.delete(`/admin/api/articles/${ukId}/live/entries/${entryId}`, { headers: { origin: new URL(admin.url() || 'http://localhost').origin } });
    expect(removed.status(), await removed.text()).toBeLessThan(300);
    await reader.context().close();
  }
});
