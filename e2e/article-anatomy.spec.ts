import { expect, test, type Locator, type Page } from '@playwright/test';
import { articlePathFor, scrollThrough, SHOWCASE_SLUG, waitForImages } from './support';

/**
 * The showcase article carries every element of the article anatomy. A reader
 * sees them top to bottom in this order; the test checks both the DOM order
 * and the on-screen (vertical) order at desktop width.
 */

async function top(l: Locator): Promise<number> {
  const box = await l.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  return box!.y;
}

/** Asserts that each locator comes after the previous one in document order. */
async function expectDomOrder(page: Page, items: [string, Locator][]) {
  const handles = await Promise.all(items.map(([, l]) => l.elementHandle()));
  for (let i = 1; i < items.length; i++) {
    const follows = await page.evaluate(([a, b]) => !!(a!.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), [handles[i - 1], handles[i]] as const);
    expect(follows, `${items[i][0]} comes after ${items[i - 1][0]} in the page`).toBe(true);
  }
}

test.describe('showcase article anatomy', () => {
  let path: string;
  test.beforeAll(async ({ request }) => {
    path = await articlePathFor(request, SHOWCASE_SLUG);
  });

  test('shows every element, in order', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);

    const article = page.locator('main article');
    const body = article.getByTestId('article-body');

    const supportHeader = page.getByTestId('support-header');
    await expect(supportHeader).toHaveText('Support Us');
    await expect(supportHeader).toHaveAttribute('href', /.+/);

    const kicker = article.locator('a[href^="/section/"]').first();
    await expect(kicker).toBeVisible();

    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).not.toBeEmpty();

    const dateline = article.getByTestId('dateline');
    const published = dateline.locator('time').first();
    const datetime = await published.getAttribute('datetime');
    expect(datetime, 'dateline <time> has a datetime').toBeTruthy();
    expect(Number.isNaN(Date.parse(datetime!))).toBe(false);
    // "Friday, 25 October 2024, 13:37"
    await expect(published).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
    // The dated URL uses the publication date in Europe/Kyiv.
    const kyiv = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(datetime!));
    expect(path).toContain(`/news/${kyiv.replace(/-/g, '/')}/`);

    const byline = article.locator('a[rel="author"]').first();
    await expect(byline).toHaveAttribute('href', /^\/author\//);

    const hero = article.getByTestId('hero');
    const heroImg = hero.locator('img');
    await expect(heroImg).toHaveAttribute('alt', /\S/);
    const caption = hero.locator('figcaption');
    await expect(caption).toContainText(/\S/);
    // The credit, labelled once: "Photo: <name>", or the credit's own label ("Illustration: …"), never "Photo: Illustration: …".
    await expect(caption).toContainText(/(Photo|Illustration|Graphic|Video)[^:]{0,12}: \S/);
    await expect(caption).not.toContainText(/Photo: (Photo|Illustration|Graphic|Video)\b/i);

    const standfirst = article.getByTestId('standfirst');
    await expect(standfirst).toContainText(/\S{3}/);

    const source = article.getByTestId('source');
    await expect(source).toHaveText(/^Source: .+, citing .+/);
    const sourceLinks = source.getByRole('link');
    expect(await sourceLinks.count(), 'source and cited outlet are linked').toBe(2);
    for (const href of await sourceLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^https?:\/\//);
    }

    await expect(body).toBeVisible();
    const details = body
      .locator('[data-block=labelled]')
      .filter({ hasText: /^Details:/ })
      .first();
    await expect(details).toBeVisible();

    const inlineAds = body.locator('[data-testid=ad-slot][data-position^="inline-"]');
    expect(await inlineAds.count(), 'at least one ad slot inside the body').toBeGreaterThan(0);
    await expect(inlineAds.first()).toHaveAttribute('data-position', 'inline-1');
    for (const ad of await inlineAds.all()) await expect(ad).toContainText('Advertisement:');

    const quote = body.locator('[data-block=quote]').first();
    await expect(quote).toContainText(/^Quote:/);

    const background = body.locator('[data-block=background]').last();
    await expect(background.getByRole('heading')).toBeVisible();
    expect(await background.getByRole('link').count(), 'background links to earlier articles').toBeGreaterThan(0);

    const supportBanner = article.getByTestId('support-banner');
    await expect(supportBanner).toBeVisible();
    await expect(supportBanner.getByRole('link')).toHaveAttribute('href', /.+/);

    const afterBodyAds = page.locator('[data-testid=ad-slot][data-position=after-body]');
    await expect(afterBodyAds).toHaveCount(1);
    const afterBody = afterBodyAds.first();
    await expect(afterBody).toContainText('Advertisement:');
    expect(await body.locator('[data-position=after-body]').count(), 'after-body ad is outside the body').toBe(0);

    const share = article.getByRole('navigation', { name: 'Share this article' });
    expect(await share.getByRole('link').count()).toBeGreaterThan(0);

    const followUs = article.getByTestId('follow-us');
    await expect(followUs).toBeVisible();
    expect(await followUs.getByRole('link').count()).toBeGreaterThan(0);

    const latest = page.getByRole('complementary', { name: 'Latest news' });
    await expect(latest.getByRole('heading', { name: 'Latest news' })).toBeVisible();

    const order: [string, Locator][] = [
      ['support-header', supportHeader],
      ['section kicker', kicker],
      ['h1', h1],
      ['dateline', dateline],
      ['byline', byline],
      ['hero', hero],
      ['standfirst', standfirst],
      ['source', source],
      ['Details:', details],
      ['first inline ad', inlineAds.first()],
      ['Quote:', quote],
      ['background', background],
      ['support banner', supportBanner],
      ['after-body ad', afterBody],
      ['share links', share],
      ['follow us', followUs],
    ];
    await expectDomOrder(page, order);

    // Also on screen: each element starts below the previous one.
    let previous = -Infinity;
    for (const [name, l] of order) {
      const y = await top(l);
      expect(y, `${name} is below the previous element on screen`).toBeGreaterThan(previous);
      previous = y;
    }

    // Every inline ad sits between body blocks, after "Details:" and before the background.
    for (const ad of await inlineAds.all()) {
      const y = await top(ad);
      expect(y).toBeGreaterThan(await top(details));
      expect(y).toBeLessThan(await top(background));
    }
  });

  test('background items link to earlier articles that resolve', async ({ page, request }) => {
    await page.goto(path);
    const published = Date.parse((await page.getByTestId('dateline').locator('time').first().getAttribute('datetime'))!);
    const links = page.getByTestId('article-body').locator('[data-block=background] a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href, 'background links to one of our articles').toMatch(/^\/news\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+$/);
      const res = await request.get(href, { maxRedirects: 0 });
      expect(res.status(), `${href} resolves`).toBe(200);
      const html = await res.text();
      const m = /data-testid="dateline"[^>]*>\s*<time[^>]*dateTime="([^"]+)"/i.exec(html);
      expect(m, `${href} has a dateline`).not.toBeNull();
      expect(Date.parse(m![1]), `${href} was published before the showcase article`).toBeLessThan(published);
    }
  });

  test('ad slots reserve their height before any image loads', async ({ page }) => {
    // Hold back every image, so what we measure is the space reserved by markup and CSS alone.
    await page.route(
      (url) => url.pathname.startsWith('/_next/image') || url.pathname.startsWith('/media/'),
      (route) => route.abort(),
    );
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const slots = page.getByTestId('ad-slot');
    expect(await slots.count()).toBeGreaterThanOrEqual(2);
    for (const slot of await slots.all()) {
      const box = await slot.boundingBox();
      const where = await slot.getAttribute('data-position');
      expect(box!.height, `ad slot ${where} reserves at least 200px`).toBeGreaterThanOrEqual(200);
    }
    const before = await slots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));

    // With the images allowed, the slots keep exactly the same size.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await scrollThrough(page);
    await waitForImages(page);
    expect(await page.evaluate(() => [...document.images].filter((i) => i.getClientRects().length > 0 && i.naturalWidth === 0).length), 'every image loaded').toBe(0);
    const after = await slots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(after).toEqual(before);
  });
});
