import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { articlePaths, signedIn, unique } from './support.ts';

/**
 * Most read and ads that count and run on time (ADR 018): article views sent
 * by the page's beacon move an article into Most read without the article
 * page leaving the cache; a campaign scheduled a minute ahead appears when it
 * starts without anyone saving; an ad click is counted and redirects to the
 * advertiser, impressions are counted, bots are not.
 *
 * Each reader here has an address of its own (X-Forwarded-For, believed from
 * the test runner: TRUSTED_PROXIES in playwright.config.ts), as real readers
 * do, so the per-client limits of the counters apply per reader.
 */

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const ADVERTISER = 'https://advertiser.example.com';

/** A browser page of a reader at `address`. */
async function reader(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address } });
  // The advertiser's site (no internet here): a stub page.
  await context.route(`${ADVERTISER}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Advertiser</title><h1>Advertiser landing</h1>' }));
  return context.newPage();
}

async function mostReadTitles(request: APIRequestContext): Promise<string[]> {
  const res = await request.get('/most-read');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { title: string }[] }).items.map((i) => i.title);
}

async function campaignHeadlines(request: APIRequestContext): Promise<string[]> {
  const json = (await (await request.get('/campaigns')).json()) as Record<string, { headline: string }[] | string | null>;
  return Object.values(json).flatMap((v) => (Array.isArray(v) ? v.map((c) => c.headline) : []));
}

/** Creates a sidebar campaign in the admin; `startsLocal` is a datetime-local value ('' = now). */
async function createCampaign(editor: Page, name: string, headline: string, link: string, startsLocal = '') {
  await editor.goto('/admin/ads/new');
  await editor.getByLabel('Name', { exact: true }).fill(name);
  await editor.getByLabel('Placement', { exact: true }).selectOption('SIDEBAR');
  await editor.getByLabel('Headline', { exact: true }).fill(headline);
  await editor.getByLabel('Link URL', { exact: true }).fill(link);
  if (startsLocal) await editor.getByLabel('Starts', { exact: true }).fill(startsLocal);
  await editor.getByLabel('Weight', { exact: true }).fill('10');
  await editor.getByRole('button', { name: 'Create campaign' }).click();
  await expect(editor).toHaveURL(/\/admin\/ads$/);
}

async function deleteCampaign(editor: Page, name: string) {
  await editor.goto('/admin/ads');
  await editor.getByRole('link', { name, exact: true }).click();
  await editor.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(editor).toHaveURL(/\/admin\/ads$/);
}

/** Opens the front page, then articles, until a sidebar slot shows `headline`; that slot. */
async function findSidebarAd(page: Page, request: APIRequestContext, headline: string) {
  const slot = page.locator('[data-testid=ad-slot][data-position=sidebar]');
  for (const path of ['/', ...(await articlePaths(request)).slice(0, 12)]) {
    await page.goto(path);
    await expect(slot.getByRole('link')).toBeVisible();
    if ((await slot.textContent())?.includes(headline)) return slot;
  }
  throw new Error(`no page of 13 shows "${headline}" in its sidebar slot`);
}

test('views move an article into Most read; the article page stays cached', async ({ browser, request }) => {
  test.setTimeout(300_000);
  const paths = await articlePaths(request);
  // An older story, one no other spec reads much.
  const path = paths[paths.length - 3];
  const first = await reader(browser, '203.0.113.200');
  await first.goto(path);
  const title = (await first.getByRole('heading', { level: 1 }).textContent())!.trim();
  await first.context().close();

  for (let i = 1; i <= 12; i++) {
    const page = await reader(browser, `203.0.113.${i}`);
    const beacon = page.waitForResponse((res) => new URL(res.url()).pathname === '/beacon' && res.request().method() === 'POST');
    await page.goto(path);
    expect((await beacon).status()).toBe(204);
    await page.context().close();
  }
  // Hostile beacons: 4xx with a reason, never a 5xx or a cookie.
  for (const [data, status] of [
    ['not json', 400],
    [JSON.stringify({ view: 'x' }), 400],
    [JSON.stringify({ view: null, extra: 1 }), 400],
    [JSON.stringify({ impressions: Array(7).fill('00000000-0000-4000-8000-000000000000') }), 400],
    ['x'.repeat(2048), 413],
  ] as const) {
    const res = await request.post('/beacon', { data, headers: { 'Content-Type': 'text/plain' } });
    expect(res.status(), data.slice(0, 40)).toBe(status);
    expect((await res.json()).error).toBeTruthy();
    expect(res.headers()['set-cookie']).toBeUndefined();
  }

  // Counting never made the page dynamic.
  const cached = await request.get(path);
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  expect(cached.headers()['set-cookie']).toBeUndefined();

  // Written within a few seconds, listed within about a minute (the list is cached for one).
  const counted = Date.now();
  await expect.poll(() => mostReadTitles(request), { timeout: 150_000, intervals: [2_000, 5_000] }).toContain(title);
  test.info().annotations.push({ type: 'most-read', description: `listed ${Math.round((Date.now() - counted) / 1000)} s after the views` });
  expect((await mostReadTitles(request))[0], 'the most viewed story is first').toBe(title);

  // Beside another article (the aside island) and on the front page.
  const other = await reader(browser, '203.0.113.201');
  await other.goto(paths[0]);
  await expect(other.getByTestId('most-read')).toContainText(title);
  await expect
    .poll(
      async () => {
        await other.goto('/');
        return (await other.getByTestId('most-read').count()) ? await other.getByTestId('most-read').textContent() : '';
      },
      { timeout: 150_000, intervals: [5_000] },
    )
    .toContain(title);
  await other.context().close();
});

test('a campaign that starts a minute ahead appears when it starts, without a save', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const editor = await signedIn(browser, EDITOR);
  const id = unique();
  const name = `E2E timed ${id}`;
  const headline = `E2E on time ${id}`;
  // The next whole minute at least 60 s ahead, in the browser's zone (the form's datetime-local).
  const { local, startsAt } = await editor.evaluate(() => {
    const d = new Date(Date.now() + 60_000);
    d.setSeconds(0, 0);
    d.setMinutes(d.getMinutes() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { local: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`, startsAt: d.getTime() };
  });
  let created = false;
  try {
    await createCampaign(editor, name, headline, `${ADVERTISER}/timed-${id}`, local);
    created = true;
    await expect(editor.locator(`[data-testid=campaign-row][data-name="${name}"]`).getByTestId('campaign-state')).toHaveText('scheduled');
    expect(await campaignHeadlines(request), 'not before its start').not.toContain(headline);

    // Nobody saves anything from here on.
    let seenAt = 0;
    await expect
      .poll(
        async () => {
          const shown = (await campaignHeadlines(request)).includes(headline);
          if (shown && !seenAt) seenAt = Date.now();
          if (!shown) expect(Date.now(), 'absent before the start').toBeLessThan(startsAt + 60_000);
          return shown;
        },
        { timeout: 200_000, intervals: [1_000] },
      )
      .toBe(true);
    expect(seenAt, 'not shown before its start').toBeGreaterThanOrEqual(startsAt - 1_000);
    expect(seenAt - startsAt, 'shown within a minute of its start').toBeLessThanOrEqual(60_000);
    test.info().annotations.push({ type: 'campaign start', description: `shown ${seenAt - startsAt} ms after its start` });

    // And on a reader's page.
    const page = await reader(browser, '203.0.113.210');
    const slot = await findSidebarAd(page, request, headline);
    await expect(slot).toContainText('Advertisement:');
    await page.context().close();
  } finally {
    if (created) await deleteCampaign(editor, name);
    await editor.context().close();
  }
});

test('an ad click is counted and redirects to the advertiser; impressions count, bots do not', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const editor = await signedIn(browser, EDITOR);
  const id = unique();
  const name = `E2E clicks ${id}`;
  const headline = `E2E click me ${id}`;
  const link = `${ADVERTISER}/landing-${id}?utm_source=newsroom`;
  let created = false;
  try {
    await createCampaign(editor, name, headline, link);
    created = true;
    const row = editor.locator(`[data-testid=campaign-row][data-name="${name}"]`);
    await expect(row.getByTestId('clicks')).toHaveText('0');
    await expect(row.getByTestId('impressions')).toHaveText('0');

    const page = await reader(browser, '203.0.113.220');
    const slot = await findSidebarAd(page, request, headline);
    const anchor = slot.getByRole('link');
    const href = (await anchor.getAttribute('href'))!;
    expect(href).toMatch(/^\/ad\/[0-9a-f-]{36}\/click$/);
    await expect(anchor).toHaveAttribute('rel', 'sponsored noopener');

    // In view for over a second: one impression (sent with the next beacon, or when the page is left).
    const impression = page.waitForRequest((req) => new URL(req.url()).pathname === '/beacon' && (req.postData() ?? '').includes('impressions'));
    await page.waitForTimeout(1_500);
    await impression;

    // A bot following the link is redirected but not counted.
    const bot = await request.get(href, { maxRedirects: 0, headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
    expect(bot.status()).toBe(302);
    expect(bot.headers()['location']).toBe(link);

    await anchor.click();
    await expect(page).toHaveURL(link);
    await expect(page.getByRole('heading', { name: 'Advertiser landing' })).toBeVisible();
    await page.context().close();

    // Counted (written within a few seconds): one click, one impression.
    await expect
      .poll(
        async () => {
          await editor.reload();
          return [await row.getByTestId('clicks').textContent(), await row.getByTestId('impressions').textContent()];
        },
        { timeout: 30_000, intervals: [1_000, 2_000] },
      )
      .toEqual(['1', '1']);
    await expect(row.getByTestId('ctr')).toHaveText('100.00 %');
    await expect(row.getByTestId('ad-stats-chart')).toBeVisible();

    // An unknown campaign: 404, no redirect.
    expect((await request.get('/ad/00000000-0000-4000-8000-000000000000/click', { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    if (created) await deleteCampaign(editor, name);
    await editor.context().close();
  }
});
