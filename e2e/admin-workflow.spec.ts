/**
 * Newsroom admin, workflow: scheduled publishing with no admin page open,
 * two people saving the same article (conflict, nothing lost, overwrite),
 * restoring an older revision, and authors not being able to publish.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { datedPath, paragraphField, signedIn, unique, writeArticle } from './support.ts';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

test('a scheduled article goes live on its own, with no admin page open', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const id = unique();
  const title = `Night market opens on the embankment ${id}`;
  const page = await signedIn(browser, EDITOR);
  await writeArticle(page, title, 'Stalls open at six.');

  // 15 s ahead, in the browser's local time (the datetime-local input's zone).
  const at = await page.evaluate(() => {
    const d = new Date(Date.now() + 15_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return { local: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`, iso: d.toISOString() };
  });
  await page.getByLabel('Publish at').fill(at.local);
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByTestId('article-status')).toContainText('Scheduled');
  await page.context().close();

  expect(await (await request.get('/')).text()).not.toContain(title);
  await expect.poll(async () => (await request.get('/')).text(), { timeout: 35_000, intervals: [500] }).toContain(title);
  const slug = `night-market-opens-on-the-embankment-${id}`;
  const path = datedPath(slug, new Date(at.iso));
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(await res.text()).toContain(title);
});

test('two people save the same article: the second sees the conflict, loses nothing, and can overwrite', async ({ browser }) => {
  test.setTimeout(90_000);
  const id = unique();
  const title = `Library extends opening hours ${id}`;
  const eddie = await signedIn(browser, EDITOR);
  const articleId = await writeArticle(eddie, title, 'The central library stays open until nine.');

  const ada = await signedIn(browser, ADMIN);
  await ada.goto(`/admin/articles/${articleId}`);
  await expect(ada.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(ada.getByTestId('presence')).toHaveText(`${EDITOR.name} is also editing this article.`);

  // Eddie saves first.
  await eddie.getByLabel('Title', { exact: true }).fill(`${title} (updated)`);
  await eddie.keyboard.press('Control+s');
  await expect(eddie.getByTestId('save-status')).toContainText(/Saved \d/);

  // Ada, still on the old version, types and saves.
  await ada.getByLabel('Standfirst').fill('Longer hours from Monday, for students and shift workers.');
  await paragraphField(ada).click();
  await ada.keyboard.press('End');
  await ada.keyboard.type(' Weekends too.');
  await ada.getByRole('button', { name: 'Save', exact: true }).click();

  const conflict = ada.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toBeFocused();
  await expect(conflict.getByRole('heading')).toContainText(`${EDITOR.name} saved this article at`);
  await expect(ada.getByTestId('conflict-theirs-title')).toHaveText(`${title} (updated)`);
  await expect(ada.getByTestId('conflict-mine-title')).toHaveText(title);
  await expect(ada.getByTestId('conflict-mine-standfirst')).toHaveText('Longer hours from Monday, for students and shift workers.');
  await expect(ada.getByTestId('save-status')).toContainText('someone else saved first');
  // Nothing typed is lost.
  await expect(ada.getByLabel('Standfirst')).toHaveValue('Longer hours from Monday, for students and shift workers.');
  await expect(paragraphField(ada)).toHaveText('The central library stays open until nine. Weekends too.');

  await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(ada.getByTestId('save-status')).toContainText(/Saved \d/);

  await eddie.reload();
  await expect(eddie.getByLabel('Standfirst')).toHaveValue('Longer hours from Monday, for students and shift workers.');
  await expect(paragraphField(eddie)).toHaveText('The central library stays open until nine. Weekends too.');

  // The other way out: Ada saves again, Eddie's stale save conflicts and he loads her version instead.
  await ada.getByLabel('Standfirst').fill('Open until nine on weekdays and six at weekends.');
  await ada.keyboard.press('Control+s');
  await expect(ada.getByTestId('save-status')).toContainText(/Saved \d/);
  await eddie.getByLabel('Title', { exact: true }).fill(`${title} (Eddie again)`);
  await eddie.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(eddie.getByTestId('conflict')).toContainText(`${ADMIN.name} saved this article at`);
  await expect(eddie.getByLabel('Title', { exact: true })).toHaveValue(`${title} (Eddie again)`);
  await eddie.getByRole('button', { name: /Load theirs/ }).click();
  await expect(eddie.getByTestId('conflict')).toHaveCount(0);
  await expect(eddie.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(eddie.getByLabel('Standfirst')).toHaveValue('Open until nine on weekdays and six at weekends.');
  await expect(eddie.getByTestId('save-status')).toContainText(/Saved \d/);
  await eddie.context().close();
  await ada.context().close();
});

test('autosave: changes are saved about 3 s after typing stops, with a visible status', async ({ browser }) => {
  const id = unique();
  const page = await signedIn(browser, EDITOR);
  const articleId = await writeArticle(page, `Tram depot gets solar roof ${id}`, 'Panels go up in spring.');
  const status = page.getByTestId('save-status');
  await page.getByLabel('Standfirst').fill('The depot will cover a fifth of its own power.');
  await expect(status).toHaveText('Unsaved changes');
  // Enter at the end of a paragraph starts a new paragraph block, with the caret in it.
  await paragraphField(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Work starts in March.');
  const paragraphs = page.locator('[data-block-type="paragraph"]').getByRole('textbox', { name: 'Paragraph text' });
  await expect(paragraphs).toHaveText(['Panels go up in spring.', 'Work starts in March.']);
  await expect(status).toContainText(/Saved \d/, { timeout: 8_000 });
  const saved = (await (await page.request.get(`/admin/api/articles/${articleId}`)).json()) as { article: { input: { standfirst: string; body: unknown[] } } };
  expect(saved.article.input.standfirst).toBe('The depot will cover a fifth of its own power.');
  expect(saved.article.input.body).toEqual([
    { type: 'paragraph', content: [{ text: 'Panels go up in spring.' }] },
    { type: 'paragraph', content: [{ text: 'Work starts in March.' }] },
  ]);
  await page.context().close();
});

test('restoring an older revision brings its text back', async ({ browser }) => {
  test.setTimeout(60_000);
  const id = unique();
  const page = await signedIn(browser, EDITOR);
  const articleId = await writeArticle(page, `Bridge repairs finish early ${id}`, 'Original wording about the bridge.');

  await paragraphField(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Changed wording entirely.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText(/Saved \d/);

  await page.getByRole('link', { name: 'Revision history' }).click();
  await expect(page).toHaveURL(`/admin/articles/${articleId}/revisions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Revision history' })).toBeVisible();
  const diff = page.getByTestId('diff');
  await expect(diff.locator('del')).toContainText(['Original']);
  await expect(diff.locator('ins')).toContainText(['Changed']);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    'axe violations in the history',
  ).toEqual([]);

  const oldest = page.locator('tr[data-revision-version="1"]');
  await expect(oldest).toContainText(EDITOR.name);
  await oldest.getByRole('button', { name: /Restore this version/ }).click();
  await expect(page).toHaveURL(`/admin/articles/${articleId}`);
  await expect(paragraphField(page)).toHaveText('Original wording about the bridge.');

  await page.getByRole('link', { name: 'Revision history' }).click();
  await expect(page.locator('tbody tr').first()).toContainText('Restored');
  await page.context().close();
});

test('an author cannot publish: no publish controls, and the API refuses with 403', async ({ browser }) => {
  const id = unique();
  const page = await signedIn(browser, AUTHOR);
  const articleId = await writeArticle(page, `Allotment waiting list shrinks ${id}`, 'Fewer people are waiting for a plot.');

  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Schedule|Unpublish)$/ })).toHaveCount(0);
  await expect(page.getByLabel('Publish at')).toHaveCount(0);

  const current = await page.request.get(`/admin/api/articles/${articleId}`);
  expect(current.status()).toBe(200);
  const { article } = (await current.json()) as { article: { version: number; status: string } };
  const crafted = await page.request.post(`/admin/api/articles/${articleId}/transition`, {
    data: { baseVersion: article.version, action: 'publish' },
    headers: { 'Content-Type': 'application/json' },
  });
  expect(crafted.status()).toBe(403);
  const after = (await (await page.request.get(`/admin/api/articles/${articleId}`)).json()) as { article: { status: string } };
  expect(after.article.status).toBe('DRAFT');
  await page.context().close();
});
