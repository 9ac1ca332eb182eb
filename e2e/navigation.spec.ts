import { expect, test } from '@playwright/test';

test.describe('reading from the front page', () => {
  test('clicking the lead story opens that article', async ({ page }) => {
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);

    const lead = page.getByTestId('lead-story');
    await expect(lead).toBeVisible();
    const link = lead.getByRole('heading').getByRole('link');
    const title = (await link.innerText()).trim();
    expect(title.length).toBeGreaterThan(0);

    await link.click();
    await expect(page).toHaveURL(/\/news\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('clicking a story in "Latest news" opens that article', async ({ page }) => {
    await page.goto('/');
    const latest = page.getByTestId('latest-news');
    await expect(latest).toBeVisible();
    // The third item, so this is not simply the lead story again.
    const link = latest.getByRole('listitem').nth(2).getByRole('link');
    const title = (await link.innerText()).trim();

    await link.click();
    await expect(page).toHaveURL(/\/news\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('front page shows the latest news grouped by day, with times, and section blocks', async ({ page }) => {
    await page.goto('/');
    const latest = page.getByTestId('latest-news');
    await expect(latest.getByRole('heading', { name: 'Latest news' })).toBeVisible();

    const days = latest.getByRole('heading', { level: 3 });
    expect(await days.count(), 'at least one day heading').toBeGreaterThan(0);
    await expect(days.first()).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+$/);

    const items = latest.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(3);
    const times = await latest.locator('li time').evaluateAll((ts) => ts.map((t) => ({ text: t.textContent, dt: t.getAttribute('datetime') })));
    for (const t of times) {
      expect(t.text).toMatch(/^\d{2}:\d{2}$/);
      expect(Number.isNaN(Date.parse(t.dt ?? ''))).toBe(false);
    }
    // Newest first.
    const instants = times.map((t) => Date.parse(t.dt!));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));

    // At least one section block, its heading linking to the section page.
    const sectionHeading = page.locator('main h2 a[href^="/section/"]').first();
    await expect(sectionHeading).toBeVisible();
  });

  test('section navigation in the header leads to a section page', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const first = nav.getByRole('link').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/section\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  });

  test('search finds a story and leads to it', async ({ page }) => {
    await page.goto('/');
    const title = (await page.getByTestId('lead-story').getByRole('heading').innerText()).trim();
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search stories' }).fill(title);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('status')).toContainText(/stor(y|ies) match/);
    const hit = page.getByTestId('teaser-list').getByRole('link', { name: title, exact: true });
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});
