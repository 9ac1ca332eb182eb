/**
 * Background suggestions (issue 11): writing about a story the archive has
 * covered, an editor asks the Background block for suggestions, sees earlier
 * related articles (not unrelated ones), adds one with a click, and it is
 * left out of the next suggestions. Nothing is added without a click.
 */
import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { addBlock, paragraphField, signedIn, unique } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

test('the Background block suggests related earlier articles; the editor adds one', async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signedIn(browser, EDITOR);
  await page.goto('/admin/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(`Northern Rail Link viaduct over the Vessa valley approved ${unique()}`);
  await paragraphField(page).click();
  await paragraphField(page).pressSequentially('The rail route crosses the Vessa valley on a viaduct; Pellin farmers still object to the line.');
  const background = await addBlock(page, 'background');
  const suggestions = background.getByTestId('background-suggestions');
  await expect(suggestions.getByRole('list', { name: 'Suggested articles' })).toHaveCount(0);

  await suggestions.getByRole('button', { name: 'Suggest earlier articles' }).click();
  const list = suggestions.getByRole('list', { name: 'Suggested articles' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const titles = await list.getByRole('listitem').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles.length).toBeLessThanOrEqual(8);
  expect(titles.join('\n')).toMatch(/rail|Rail/);
  expect(titles.join('\n')).not.toMatch(/Film Days|Amber Quill|Folk song/);

  const first = list.getByRole('listitem').first();
  const firstTitle = (
    await first
      .locator('span')
      .first()
      .evaluate((el) => el.firstChild?.textContent ?? '')
  ).trim();
  await first.getByRole('button', { name: /^Add/ }).click();
  await expect(background.getByLabel('Link text').first()).toHaveValue(firstTitle);
  await expect(background.getByText('Links to:')).toContainText(firstTitle);
  await expect(list.getByRole('listitem').filter({ hasText: firstTitle })).toHaveCount(0);

  await suggestions.getByRole('button', { name: 'Refresh suggestions' }).click();
  await expect(suggestions.getByText(/\d+ suggested/)).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: firstTitle })).toHaveCount(0);

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toContainText(/Saved \d/);
  await page.context().close();
});
