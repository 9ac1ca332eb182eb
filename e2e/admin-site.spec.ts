/**
 * Newsroom admin: site settings, social links and ad campaigns, and the
 * public pages showing the changes at once.
 *
 * Other specs run in parallel on the same database and expect the seeded
 * support banner, follow links and ads: every setting changed here is put
 * back in a finally block, and only links and campaigns created here are
 * removed.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { articlePathFor, articlePaths, SHOWCASE_SLUG, signedIn, unique } from './support.ts';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

/** Saves the settings form as it is filled and waits for the confirmation. */
async function saveSettings(page: Page) {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
}

/**
 * Asserts the public page reflects a change at once: a request started within
 * `ms` of the save already gets HTML satisfying `check`. (Only the start of
 * the request is timed, so a slow render on a busy machine does not count;
 * serving stale HTML does.)
 */
async function publicHtmlWithin(request: APIRequestContext, path: string, check: (html: string) => boolean, ms = 1000) {
  const saved = Date.now();
  let startedAt = saved;
  await expect
    .poll(
      async () => {
        startedAt = Date.now();
        return check(await (await request.get(path)).text());
      },
      { timeout: 15_000, intervals: [50, 100, 100, 200] },
    )
    .toBe(true);
  expect(startedAt - saved, `the change showed in a request started within ${ms} ms of saving`).toBeLessThanOrEqual(ms);
}

test('an administrator changes the support banner and follow text, and adds a social link; the public site shows them at once', async ({ browser, page, request }) => {
  test.setTimeout(60_000); // a long journey: four saves, each checked on the public page
  const admin = await signedIn(browser, ADMIN);
  const path = await articlePathFor(request, SHOWCASE_SLUG);
  await admin.goto('/admin/settings');
  await expect(admin.getByRole('heading', { level: 1, name: 'Site settings' })).toBeVisible();
  const title = admin.getByLabel('Support title', { exact: true });
  const follow = admin.getByLabel('Follow text', { exact: true });
  const original = { title: await title.inputValue(), follow: await follow.inputValue() };
  expect(original.title, 'the seed sets a support title').not.toBe('');

  const id = unique();
  const newTitle = `Keep the reporting going ${id}`;
  const newFollow = `Follow the newsroom ${id}`;
  const linkLabel = `E2E ${id}`;
  const linkUrl = `https://social.example.com/e2e-${id}`;
  try {
    await title.fill(newTitle);
    await follow.fill(newFollow);
    await saveSettings(admin);
    await expect(title).toHaveValue(newTitle);

    await publicHtmlWithin(request, path, (html) => html.includes(newTitle) && html.includes(newFollow));
    await page.goto(path);
    await expect(page.getByTestId('support-banner')).toContainText(newTitle);
    await expect(page.getByTestId('follow-us').first()).toContainText(newFollow);

    // A new social link, at the end of the list.
    await admin.getByLabel('Label of the new link').fill(linkLabel);
    await admin.getByLabel('Network of the new link').fill('mastodon');
    await admin.getByLabel('URL of the new link').fill(linkUrl);
    await admin.getByRole('button', { name: 'Add link' }).click();
    await expect(admin.getByRole('status').filter({ hasText: `Added ${linkLabel}` })).toBeVisible();
    const rows = admin.getByTestId('social-link-row');
    await expect(rows.last()).toHaveAttribute('data-label', linkLabel);

    await publicHtmlWithin(request, path, (html) => html.includes(linkUrl));
    await page.reload();
    const headerLink = page.getByRole('banner').getByRole('link', { name: linkLabel });
    await expect(headerLink).toHaveAttribute('href', linkUrl);

    // Reorder: move it up one place; the header shows it before the link it passed.
    const count = await rows.count();
    const passed = await rows.nth(count - 2).getAttribute('data-label');
    await admin.getByRole('button', { name: `Move ${linkLabel} up` }).click();
    await expect(rows.nth(count - 2)).toHaveAttribute('data-label', linkLabel);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page
            .getByRole('banner')
            .getByRole('link')
            .evaluateAll((as) => as.map((a) => a.textContent?.trim()));
        },
        { timeout: 5000 },
      )
      .toEqual(expect.arrayContaining([linkLabel, passed]));
    const order = await page
      .getByRole('banner')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.textContent?.trim()));
    expect(order.indexOf(linkLabel), 'the moved link comes first').toBeLessThan(order.indexOf(passed!));

    await admin.getByRole('button', { name: `Remove ${linkLabel}` }).click();
    await expect(admin.locator(`[data-testid=social-link-row][data-label="${linkLabel}"]`)).toHaveCount(0);
    await publicHtmlWithin(request, path, (html) => !html.includes(linkUrl));
  } finally {
    // Put everything back for the specs running alongside.
    await admin.goto('/admin/settings');
    await admin.getByLabel('Support title', { exact: true }).fill(original.title);
    await admin.getByLabel('Follow text', { exact: true }).fill(original.follow);
    await saveSettings(admin);
    const leftover = admin.getByRole('button', { name: `Remove ${linkLabel}` });
    if (await leftover.count()) {
      await leftover.click();
      await expect(admin.locator(`[data-testid=social-link-row][data-label="${linkLabel}"]`)).toHaveCount(0);
    }
    await admin.context().close();
  }
  const html = await (await request.get(path)).text();
  expect(html).toContain(original.follow);
});

test('invalid settings show errors next to the fields, keep what was typed and change nothing', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN);
  try {
    await admin.goto('/admin/settings');
    const siteUrl = admin.getByLabel('Site URL', { exact: true });
    const timeZone = admin.getByLabel('Time zone', { exact: true });
    const tagline = admin.getByLabel('Tagline', { exact: true });
    const originalTagline = await tagline.inputValue();
    const typedTagline = `Not saved ${unique()}`;
    await siteUrl.fill('not a web address');
    await timeZone.fill('Mars/Olympus_Mons');
    await tagline.fill(typedTagline);
    await admin.getByRole('button', { name: 'Save settings' }).click();

    await expect(admin.getByRole('alert').filter({ hasText: 'The settings were not saved' })).toBeVisible();
    await expect(admin.locator('#settings-siteUrl-error')).toContainText('Site URL must be a full http:// or https:// address');
    await expect(siteUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(admin.locator('#settings-timeZone-error')).toContainText('Time zone must be an IANA time zone');
    await expect(siteUrl).toHaveValue('not a web address');
    await expect(timeZone).toHaveValue('Mars/Olympus_Mons');
    await expect(tagline).toHaveValue(typedTagline);

    await admin.reload();
    await expect(admin.getByLabel('Tagline', { exact: true })).toHaveValue(originalTagline);
    await expect(admin.getByLabel('Site URL', { exact: true })).not.toHaveValue('not a web address');
  } finally {
    await admin.context().close();
  }
});

test('an editor creates an inline campaign that articles show, then deactivates it and it disappears', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const editor = await signedIn(browser, EDITOR);
  const id = unique();
  const name = `E2E campaign ${id}`;
  const headline = `E2E creative ${id}`;
  let created = false;
  try {
    // Invalid first: errors next to the fields, typed text kept.
    await editor.goto('/admin/ads/new');
    await editor.getByLabel('Name', { exact: true }).fill(name);
    await editor.getByLabel('Headline', { exact: true }).fill(headline);
    await editor.getByLabel('Link URL', { exact: true }).fill('javascript:alert(1)');
    await editor.getByLabel('Starts', { exact: true }).fill('2030-01-02T10:00');
    await editor.getByLabel('Ends', { exact: true }).fill('2030-01-01T10:00');
    await editor.getByLabel('Weight', { exact: true }).fill('10');
    await editor.getByRole('button', { name: 'Create campaign' }).click();
    await expect(editor.locator('#campaign-linkUrl-error')).toContainText('Link URL must be a full http:// or https:// address');
    await expect(editor.locator('#campaign-endsAt-error')).toContainText('End must be after the start');
    await expect(editor.getByLabel('Headline', { exact: true })).toHaveValue(headline);
    await expect(editor.getByLabel('Link URL', { exact: true })).toHaveValue('javascript:alert(1)');
    await expect(editor.getByLabel('Ends', { exact: true })).toHaveValue('2030-01-01T10:00');

    // Now valid, running now (no dates), the heaviest inline campaign.
    await editor.getByLabel('Link URL', { exact: true }).fill(`https://advertiser.example.com/e2e-${id}`);
    await editor.getByLabel('Starts', { exact: true }).fill('');
    await editor.getByLabel('Ends', { exact: true }).fill('');
    await editor.getByLabel('Sponsor', { exact: true }).fill('E2E Sponsor');
    await editor.getByRole('button', { name: 'Create campaign' }).click();
    await expect(editor).toHaveURL(/\/admin\/ads$/);
    created = true;
    const row = editor.locator(`[data-testid=campaign-row][data-name="${name}"]`);
    await expect(row.getByTestId('campaign-state')).toHaveText('running');

    // The pages' slots read the running campaigns from /campaigns (ADR 018): there at once.
    await expect.poll(async () => JSON.stringify(await (await request.get('/campaigns')).json()), { timeout: 5_000 }).toContain(headline);

    // Creatives are picked per article among the running inline campaigns by
    // weight; with weight 10 most articles with inline slots show it. Find one.
    const paths = (await articlePaths(request)).slice(0, 25);
    const reader = await (await browser.newContext()).newPage();
    const ours = reader.locator('[data-testid=ad-slot][data-position^="inline-"]').filter({ hasText: headline });
    let shown: string | null = null;
    for (const path of paths) {
      await reader.goto(path);
      await expect(reader.locator('[data-testid=ad-slot] a').first()).toBeVisible();
      if ((await ours.count()) > 0) {
        shown = path;
        break;
      }
    }
    expect(shown, `one of ${paths.length} articles shows the new campaign`).not.toBeNull();
    // The link goes through the click counter (which redirects to the advertiser).
    await expect(ours.first().getByRole('link')).toHaveAttribute('href', /^\/ad\/[0-9a-f-]{36}\/click$/);
    await expect(ours.first().getByRole('link')).toHaveAttribute('rel', 'sponsored noopener');
    await expect(ours.first()).toContainText('E2E Sponsor');

    // Deactivate: gone from the article at once.
    await row.getByRole('button', { name: `Deactivate ${name}` }).click();
    await expect(row.getByTestId('campaign-state')).toHaveText('inactive');
    await publicHtmlWithin(request, '/campaigns', (json) => !json.includes(headline));
    await reader.reload();
    await expect(reader.locator('[data-testid=ad-slot] a').first()).toBeVisible();
    await expect(reader.locator('[data-testid=ad-slot]').filter({ hasText: headline })).toHaveCount(0);
    expect(await reader.locator('[data-testid=ad-slot][data-position^="inline-"]').count(), 'the slots stay, with other creatives').toBeGreaterThan(0);
    await reader.context().close();
  } finally {
    if (created) {
      await editor.goto('/admin/ads');
      await editor.getByRole('link', { name, exact: true }).click();
      await expect(editor.getByRole('heading', { level: 1, name: 'Edit campaign' })).toBeVisible();
      await editor.getByRole('button', { name: `Delete ${name}` }).click();
      await expect(editor).toHaveURL(/\/admin\/ads$/);
      await expect(editor.locator(`[data-testid=campaign-row][data-name="${name}"]`)).toHaveCount(0);
    }
    await editor.context().close();
  }
});

test('an editor edits a campaign of their own, for one edition; the state follows the dates', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR);
  const name = `E2E scheduled ${unique()}`;
  let created = false;
  try {
    await editor.goto('/admin/ads/new');
    await editor.getByLabel('Name', { exact: true }).fill(name);
    await editor.getByLabel('Placement', { exact: true }).selectOption('SIDEBAR');
    await expect(editor.getByLabel('Edition', { exact: true })).toHaveValue('');
    await editor.getByLabel('Edition', { exact: true }).selectOption('uk');
    await editor.getByLabel('Headline', { exact: true }).fill('Пізніше');
    await editor.getByLabel('Link URL', { exact: true }).fill('https://advertiser.example.com/later');
    await editor.getByLabel('Starts', { exact: true }).fill('2099-01-01T09:00');
    await editor.getByRole('button', { name: 'Create campaign' }).click();
    await expect(editor).toHaveURL(/\/admin\/ads$/);
    created = true;
    const row = editor.locator(`[data-testid=campaign-row][data-name="${name}"]`);
    await expect(row.getByTestId('campaign-state')).toHaveText('scheduled');
    await expect(row.getByTestId('campaign-edition')).toHaveText('Ukrainian (Українська)');

    await row.getByRole('link', { name }).click();
    await expect(editor.getByLabel('Edition', { exact: true })).toHaveValue('uk');
    await expect(editor.getByLabel('Starts', { exact: true })).toHaveValue('2099-01-01T09:00');
    await expect(editor.getByLabel('Placement', { exact: true })).toHaveValue('SIDEBAR');
    await editor.getByLabel('Starts', { exact: true }).fill('2020-01-01T09:00');
    await editor.getByLabel('Ends', { exact: true }).fill('2020-06-01T09:00');
    await editor.getByRole('button', { name: 'Save campaign' }).click();
    await expect(editor.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible();
    await expect(editor.getByLabel('Ends', { exact: true })).toHaveValue('2020-06-01T09:00');
    await editor.goto('/admin/ads');
    await expect(row.getByTestId('campaign-state')).toHaveText('ended');
  } finally {
    if (created) {
      await editor.goto('/admin/ads');
      await editor.getByRole('link', { name, exact: true }).click();
      await editor.getByRole('button', { name: `Delete ${name}` }).click();
      await expect(editor).toHaveURL(/\/admin\/ads$/);
    }
    await editor.context().close();
  }
});

test('an author gets 403 on the settings and ads pages; an editor on settings', async ({ browser }) => {
  const author = await signedIn(browser, AUTHOR);
  for (const path of ['/admin/settings', '/admin/ads', '/admin/ads/new']) {
    const response = await author.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(author.getByText('Error 403')).toBeVisible();
  }
  await author.context().close();

  const editor = await signedIn(browser, EDITOR);
  const response = await editor.goto('/admin/settings');
  expect(response?.status()).toBe(403);
  expect((await editor.goto('/admin/ads'))?.status()).toBe(200);
  await expect(editor.getByRole('heading', { level: 1, name: 'Ad campaigns' })).toBeVisible();
  await editor.context().close();
});
