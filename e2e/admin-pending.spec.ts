/**
 * Editing a live article (issue 7): what is typed into a published article is
 * saved as unpublished changes, readers keep seeing the live version, and only
 * Update makes the changes public. Discard goes back; an author's changes
 * need an editor.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { FRESH_MS, paragraphField, reportMs, signedIn, unique, writeArticle } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

/** Publishes the article open in the editor; returns its public path. */
async function publishNow(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toContainText('Published');
  const href = await page.getByRole('link', { name: /View the public page/ }).getAttribute('href');
  expect(href).toMatch(/^\/news\/\d{4}\/\d{2}\/\d{2}\//);
  return href!;
}

/** The h1 of a public page, as a reader with no cookies gets it. */
async function publicHeadline(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const html = await res.text();
  return (
    /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(html)?.[1]
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim() ?? ''
  );
}

/** The page as a new reader sees it in Chromium: a fresh browser context, no session. */
async function readerSees(browser: Browser, path: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  const h1 = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  await context.close();
  return h1;
}

test('an editor’s autosaved edits to a published article stay off the public site until Update', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const id = unique();
  const title = `Harbour ferry adds evening crossings ${id}`;
  const page = await signedIn(browser, EDITOR);
  const articleId = await writeArticle(page, title, 'Boats leave every hour until ten.');
  const path = await publishNow(page);
  expect(await readerSees(browser, path)).toBe(title);

  // Half-typed new title, left for autosave.
  const titleField = page.getByLabel('Title', { exact: true });
  await titleField.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and a night bo');
  const status = page.getByTestId('save-status');
  await expect(status).toHaveText('Unsaved changes');
  await expect(status).toContainText(/Saved \d.*unpublished changes/, { timeout: 8_000 });
  await expect(page.getByTestId('article-status')).toContainText('Published');
  await expect(page.getByTestId('article-status')).toContainText('unpublished changes');

  // The editor shows what would change, word by word.
  const panel = page.getByTestId('pending-changes');
  await panel.locator('summary').click();
  await expect(panel.locator('[data-field="title"] ins')).toContainText('and a night bo');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    'axe violations in the editor',
  ).toEqual([]);

  // Readers (a fresh browser, the front page, the feed) still see the live title only.
  expect(await readerSees(browser, path)).toBe(title);
  const halfTyped = `${title} and a night bo`;
  expect((await (await request.get('/')).text()).includes(halfTyped), 'the front page shows the half-typed title').toBe(false);
  expect((await (await request.get('/feed.xml')).text()).includes(halfTyped), 'the feed shows the half-typed title').toBe(false);
  expect((await (await request.get('/feed.xml')).text()).includes(title), 'the feed lists the live title').toBe(true);
  const preview = await page.request.get(`/admin/articles/${articleId}/preview`);
  expect(await preview.text()).toContain(`${title} and a night bo`);

  // Finished and Update pressed at once: the unsaved keystrokes are saved first, then published.
  await titleField.click();
  await page.keyboard.press('End');
  await page.keyboard.type('at');
  await page.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(page.getByText('Updated: readers now see your changes.')).toBeVisible();
  const updatedAt = Date.now();
  await expect.poll(() => publicHeadline(request, path), { timeout: FRESH_MS, intervals: [100] }).toBe(`${title} and a night boat`);
  reportMs('update-to-public', updatedAt);
  await expect(page.getByTestId('article-status')).not.toContainText('unpublished changes');
  await expect(page.getByTestId('pending-changes')).toHaveCount(0);
  expect(await readerSees(browser, path)).toBe(`${title} and a night boat`);

  // The JSON API's autosave of a published article does not reach readers either.
  const { article } = (await (await page.request.get(`/admin/api/articles/${articleId}`)).json()) as { article: { version: number; input: Record<string, unknown> } };
  const put = await page.request.put(`/admin/api/articles/${articleId}`, {
    data: { baseVersion: article.version, input: { ...article.input, title: 'Typed through the API' }, autosave: true },
    headers: { 'Content-Type': 'application/json' },
  });
  expect(put.status()).toBe(200);
  expect(await publicHeadline(request, path)).toBe(`${title} and a night boat`);

  // History names each step.
  await page.goto(`/admin/articles/${articleId}/revisions`);
  await expect(page.locator('tbody tr').nth(0)).toContainText('Autosaved as unpublished changes');
  await expect(page.locator('tbody tr').nth(1)).toContainText('Changes published (Update)');
  await page.context().close();
});

test('Discard changes takes the editor back to the live version', async ({ browser, request }) => {
  test.setTimeout(60_000);
  const id = unique();
  const title = `Museum reopens its east wing ${id}`;
  const page = await signedIn(browser, EDITOR);
  const articleId = await writeArticle(page, title, 'The east wing reopens on Saturday.');
  const path = await publishNow(page);

  await page.getByLabel('Standfirst').fill('A standfirst nobody checked.');
  await paragraphField(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Unverified claim.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText(/Saved \d.*unpublished changes/);
  expect((await (await request.get(path)).text()).includes('Unverified claim'), 'the public page shows the unsaved claim').toBe(false);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByText('Changes discarded: the editor shows the live version again.')).toBeVisible();
  await expect(page.getByLabel('Standfirst')).toHaveValue('');
  await expect(paragraphField(page)).toHaveText('The east wing reopens on Saturday.');
  await expect(page.getByTestId('article-status')).not.toContainText('unpublished changes');

  await page.reload();
  await expect(paragraphField(page)).toHaveText('The east wing reopens on Saturday.');
  await expect(page.getByTestId('pending-changes')).toHaveCount(0);
  expect(await publicHeadline(request, path)).toBe(title);
  await page.goto(`/admin/articles/${articleId}/revisions`);
  await expect(page.locator('tbody tr').first()).toContainText('Unpublished changes discarded');
  await page.context().close();
});

test('an author’s changes to a live article need an editor', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const id = unique();
  const title = `Allotments get a new water supply ${id}`;
  const author = await signedIn(browser, AUTHOR);
  const articleId = await writeArticle(author, title, 'Taps are being fitted this week.');
  await author.getByRole('button', { name: 'Submit for review' }).click();
  await expect(author.getByTestId('article-status')).toContainText('In review');

  const editor = await signedIn(browser, EDITOR);
  await editor.goto(`/admin/articles/${articleId}`);
  const path = await publishNow(editor);

  // The author corrects the published article: saved, not public, and no Update for them.
  await author.reload();
  await author.getByLabel('Title', { exact: true }).fill(`${title} (corrected)`);
  await author.keyboard.press('Control+s');
  await expect(author.getByTestId('save-status')).toContainText(/Saved \d.*unpublished changes/);
  await expect(author.getByRole('button', { name: 'Update', exact: true })).toHaveCount(0);
  await author.getByRole('button', { name: 'Submit changes for review' }).click();
  await expect(author.getByText('Changes submitted for review: an editor will publish them.')).toBeVisible();
  expect(await publicHeadline(request, path)).toBe(title);
  const { article } = (await (await author.request.get(`/admin/api/articles/${articleId}`)).json()) as { article: { version: number } };
  const crafted = await author.request.post(`/admin/api/articles/${articleId}/transition`, {
    data: { baseVersion: article.version, action: 'update' },
    headers: { 'Content-Type': 'application/json' },
  });
  expect(crafted.status()).toBe(403);
  expect(await publicHeadline(request, path)).toBe(title);

  // The editor finds it in the list, reviews and publishes it.
  await editor.goto('/admin/articles');
  await expect(editor.locator(`li[data-article-id="${articleId}"]`).getByTestId('pending-badge')).toHaveText('Changes in review');
  await editor.goto(`/admin/articles/${articleId}`);
  await expect(editor.getByTestId('pending-note')).toContainText(`${AUTHOR.name} submitted these changes for review`);
  await editor.getByRole('button', { name: 'Update', exact: true }).click();
  await expect(editor.getByText('Updated: readers now see your changes.')).toBeVisible();
  await expect.poll(() => publicHeadline(request, path), { timeout: FRESH_MS, intervals: [100] }).toBe(`${title} (corrected)`);
  await author.context().close();
  await editor.context().close();
});
