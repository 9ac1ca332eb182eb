/**
 * Corrections and editor's notes (issue 11): an editor adds one beside the
 * editor of a published article, without reloading; readers see it on the
 * article in a marked box with its date, in the JSON-LD and at /corrections;
 * other cached articles stay cached. The demo article's seeded ones are there.
 */
import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { articlePathFor, signedIn, unique, writeArticle } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

test('an editor adds a correction to a published article; readers see it on the article and at /corrections', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const page = await signedIn(browser, EDITOR);
  const title = `Water tariff ${unique()}`;
  await writeArticle(page, title, 'The council raised the water tariff by 12 per cent.');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toContainText('Published');
  const path = (await page.getByRole('link', { name: /View the public page/ }).getAttribute('href'))!;

  // An unrelated cached article, to check it stays cached.
  const other = await articlePathFor(request, 'rail-route-consultation-draws-6000-submissions');
  await request.get(other);
  expect((await request.get(other)).headers()['x-nextjs-cache']).toBe('HIT');
  expect(await (await request.get(path)).text()).not.toContain('data-testid="corrections"');

  const panel = page.getByTestId('corrections-panel');
  await expect(panel).toContainText('None yet.');
  const text = `An earlier version said the tariff rose by 21 per cent. It rose by 12 per cent. ${unique()}`;
  await panel.getByLabel('Text').fill(text);
  await panel.getByRole('button', { name: 'Add correction' }).click();
  await expect(panel.getByRole('status')).toHaveText('Added to the article.');
  await expect(panel.getByRole('listitem')).toContainText(text);
  await expect(panel.getByLabel('Text')).toHaveValue('');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(path);
  const box = reader.getByTestId('corrections');
  await expect(box).toContainText('Correction,');
  await expect(box).toContainText(text);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', text })]);

  await reader.goto('/corrections');
  const entry = reader.getByTestId('correction-list').getByRole('listitem').filter({ hasText: text });
  await expect(entry).toContainText(title);
  await entry.getByRole('link', { name: title }).click();
  await expect(reader).toHaveURL(new RegExp(`${path}#correction-`));
  expect((await request.get(other)).headers()['x-nextjs-cache']).toBe('HIT');

  // Changing the text keeps one entry; the history records both.
  await panel.getByRole('button', { name: /^Edit/ }).click();
  await panel.getByLabel('Text').fill(`${text} (amended)`);
  await panel.getByRole('button', { name: 'Save correction' }).click();
  await expect(panel.getByRole('status')).toHaveText('Changed.');
  await reader.goto(path);
  await expect(reader.getByTestId('corrections').getByRole('listitem')).toHaveCount(1);
  await expect(reader.getByTestId('corrections')).toContainText('(amended)');
  await page.goto(`${new URL(page.url()).pathname}/revisions`);
  await expect(page.getByText('Correction or note changed')).toHaveCount(2);
  await reader.context().close();
  await page.context().close();
});

test('a correction that cannot be saved keeps its text; an author cannot add one', async ({ browser }) => {
  const page = await signedIn(browser, EDITOR);
  await writeArticle(page, `Ferry fares ${unique()}`, 'Ferry fares rise in May.');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toContainText('Published');
  const panel = page.getByTestId('corrections-panel');
  await panel.getByLabel('Text').fill('x'.repeat(1990) + '\u0007');
  await panel.getByRole('button', { name: 'Add correction' }).click();
  await expect(panel.getByText(/control characters/)).toBeVisible();
  await expect(panel.getByLabel('Text')).toHaveValue('x'.repeat(1990) + '\u0007');
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await page.context().close();

  // The server refuses an author whatever the page shows.
  const author = await signedIn(browser, AUTHOR);
  const status = await author.evaluate(
    (url) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Not mine to correct.' }) }).then((r) => r.status),
    `/admin/api/articles/${id}/corrections`,
  );
  expect(status).toBe(403);
  await author.context().close();
});

test('the seeded demo article shows its correction and editor’s note in date order', async ({ page, request }) => {
  await page.goto(await articlePathFor(request, 'rail-route-consultation-draws-6000-submissions'));
  const items = page.getByTestId('corrections').getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Correction,');
  await expect(items.nth(1)).toContainText('Editor’s note,');
});
