/**
 * Editions in the staff admin (ADR 021): an editor creates the Ukrainian
 * version of an English article from the Translations panel and lands in
 * the new draft; both panels link the other version; the article list
 * filters by edition; an administrator renames an edition in the settings
 * (and a reserved prefix is refused, keeping what was typed). Other specs
 * run in parallel on the same database: this one touches only articles it
 * writes, and puts the edition's name back.
 */
import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { collectErrors, signedIn, unique, writeArticle } from './support.ts';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

test('an editor creates the Ukrainian version of an English article, lands in the new draft, and both panels link the other', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, EDITOR);
  const errors = collectErrors(page);
  const u = unique();
  const title = `Tramline extension ${u}`;
  const englishId = await writeArticle(page, title, 'The council approved the tramline extension.');
  await expect(page.getByLabel('Edition', { exact: true })).toHaveValue('en');

  const panel = page.getByTestId('translations-panel');
  await expect(panel.getByRole('heading', { name: 'Translations' })).toBeVisible();
  await expect(panel).toContainText('This is the English version');
  await expect(panel).toContainText('None yet.');
  await panel.getByRole('button', { name: 'Create Ukrainian version' }).click();

  // The new draft opens, in the Ukrainian edition, with the copied text.
  await expect(page).not.toHaveURL(new RegExp(`/admin/articles/${englishId}$`));
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const ukrainianId = page.url().split('/').pop()!;
  await expect(page.getByLabel('Edition', { exact: true })).toHaveValue('uk');
  await expect(page.getByLabel('Edition', { exact: true }).locator('option:checked')).toHaveText(/^Ukrainian/);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue(/-uk$/);
  await expect(page.locator('[data-status="DRAFT"]').first()).toBeVisible();
  const back = panel.getByTestId('translation').filter({ hasText: 'English' });
  await expect(back).toContainText(title);
  await expect(back.getByRole('link', { name: title })).toHaveAttribute('href', `/admin/articles/${englishId}`);
  await expect(panel.getByRole('button', { name: 'Create English version' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Create Russian version' })).toBeVisible();

  // The English article's panel links the Ukrainian draft.
  await back.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${englishId}$`));
  const there = panel.getByTestId('translation').filter({ hasText: 'Ukrainian' });
  await expect(there.getByRole('link', { name: title })).toHaveAttribute('href', `/admin/articles/${ukrainianId}`);
  await expect(there.locator('[data-status="DRAFT"]')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Create Ukrainian version' })).toHaveCount(0);

  // The article list: each with its edition, and the edition filter.
  await page.goto(`/admin/articles?q=${encodeURIComponent(`Tramline ${u}`)}`);
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(page.locator(`[data-article-id="${englishId}"] [data-testid="edition-badge"]`)).toHaveText(/en/i);
  await expect(page.locator(`[data-article-id="${ukrainianId}"] [data-testid="edition-badge"]`)).toHaveText(/uk/i);
  await page.getByLabel('Edition', { exact: true }).selectOption('uk');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/edition=uk/);
  await expect(rows).toHaveCount(1);
  await expect(page.locator(`[data-article-id="${ukrainianId}"]`)).toBeVisible();
  await page.getByLabel('Edition', { exact: true }).selectOption('en');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/edition=en/);
  await expect(rows).toHaveCount(1);
  await expect(page.locator(`[data-article-id="${englishId}"]`)).toBeVisible();
  await page.getByLabel('Edition', { exact: true }).selectOption('ru');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toContainText('No articles match these filters.');
  expect(errors).toEqual([]);
});

test('an administrator renames an edition in the settings; a reserved prefix is refused and what was typed stays', async ({ browser }) => {
  const page = await signedIn(browser, ADMIN);
  await page.goto('/admin/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Editions' })).toBeVisible();
  const russian = page.getByRole('group', { name: 'Russian edition' });
  const name = russian.getByLabel('Name', { exact: true });
  const original = await name.inputValue();
  const renamed = `Русский ${unique()}`;
  try {
    await name.fill(renamed);
    await page.getByRole('button', { name: 'Save editions' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Editions saved' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Russian edition' }).getByLabel('Name', { exact: true })).toHaveValue(renamed);

    // A prefix that is a route of the site: refused next to the field, the typed name kept, nothing saved.
    const prefix = page.getByRole('group', { name: 'Russian edition' }).getByLabel('Prefix', { exact: true });
    await page.getByRole('group', { name: 'Russian edition' }).getByLabel('Name', { exact: true }).fill(`${renamed} 2`);
    await prefix.fill('news');
    await page.getByRole('button', { name: 'Save editions' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The editions were not saved' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Russian edition' })).toContainText('already an address of the site');
    await expect(prefix).toHaveAttribute('aria-invalid', 'true');
    await expect(prefix).toHaveValue('news');
    await expect(page.getByRole('group', { name: 'Russian edition' }).getByLabel('Name', { exact: true })).toHaveValue(`${renamed} 2`);
    await page.reload();
    await expect(page.getByRole('group', { name: 'Russian edition' }).getByLabel('Prefix', { exact: true })).toHaveValue('ru');
    await expect(page.getByRole('group', { name: 'Russian edition' }).getByLabel('Name', { exact: true })).toHaveValue(renamed);
  } finally {
    await page.goto('/admin/settings');
    await page.getByRole('group', { name: 'Russian edition' }).getByLabel('Name', { exact: true }).fill(original);
    await page.getByRole('group', { name: 'Russian edition' }).getByLabel('Prefix', { exact: true }).fill('ru');
    await page.getByRole('button', { name: 'Save editions' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Editions saved' })).toBeVisible();
  }
});
