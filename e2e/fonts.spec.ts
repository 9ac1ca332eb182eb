import { expect, test, type Page } from '@playwright/test';
import { SHOWCASE_SLUG_RU, SHOWCASE_SLUG_UK } from '../tools/seed/index.ts';
import { articlePathFor, scrollThrough, showcasePath, SHOWCASE_SLUG } from './support';

/**
 * The web fonts (ADR 020): each subset is its own @font-face with a
 * unicode-range, so a page downloads only the subsets its text uses, and the
 * font bytes of a page stay under 100 KB in every edition.
 */

const FONT_BUDGET = 100_000;
const CYRILLIC = 0x0434; // д

interface Face {
  family: string;
  weight: string;
  status: string;
  coversCyrillic: boolean;
}

/**
 * Every subset @font-face of the page (not the size-adjusted fallbacks, which
 * are `local()` faces without a range), with whether its unicode-range covers
 * Cyrillic and whether the browser loaded it.
 */
async function faces(page: Page): Promise<Face[]> {
  return page.evaluate(async (cp) => {
    await document.fonts.ready;
    const covers = (range: string) =>
      range.split(',').some((part) => {
        const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
        const start = parseInt(lo.replace(/\?/g, '0'), 16);
        const end = hi ? parseInt(hi, 16) : parseInt(lo.replace(/\?/g, 'f'), 16);
        return cp >= start && cp <= end;
      });
    return [...document.fonts]
      .filter((f) => f.unicodeRange.replace(/\s/g, '').toUpperCase() !== 'U+0-10FFFF')
      .map((f) => ({ family: f.family, weight: f.weight, status: f.status, coversCyrillic: covers(f.unicodeRange) }));
  }, CYRILLIC);
}

/** Loads `path`, reads it to the end, and returns the bytes of every font response. */
async function fontBytes(page: Page, path: string): Promise<{ total: number; files: string[] }> {
  const bodies: Promise<{ url: string; size: number }>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'font') bodies.push(res.body().then((b) => ({ url: res.url(), size: b.length })));
  });
  await page.goto(path);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const files = await Promise.all(bodies);
  test.info().annotations.push({ type: 'font bytes', description: `${path}: ${files.reduce((sum, f) => sum + f.size, 0)} B in ${files.length} files` });
  return { total: files.reduce((sum, f) => sum + f.size, 0), files: files.map((f) => `${f.url} ${f.size} B`) };
}

/** The fonts Chromium actually used for the element's text (DevTools protocol): web fonts or system fallbacks. */
async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** Each selector's text is drawn with web fonts only, never a fallback (Chromium's own report). */
async function expectWebFonts(page: Page, selectors: string[]) {
  for (const selector of selectors) {
    const used = await platformFonts(page, selector);
    expect(used.length, selector).toBeGreaterThan(0);
    expect(
      used.filter((f) => !f.isCustomFont),
      `${selector}: ${JSON.stringify(used)}`,
    ).toEqual([]);
  }
}

for (const what of ['front page', 'article'] as const) {
  test(`an English ${what} loads only Latin font files, under ${FONT_BUDGET / 1000} KB, and renders in the web fonts`, async ({ page, request }) => {
    const path = what === 'article' ? await articlePathFor(request, SHOWCASE_SLUG) : '/';
    const { total, files } = await fontBytes(page, path);
    expect(total, files.join('\n')).toBeLessThan(FONT_BUDGET);
    expect(files.length, files.join('\n')).toBeGreaterThan(0);

    const all = await faces(page);
    expect(all.filter((f) => f.coversCyrillic).length, 'Cyrillic faces are declared').toBeGreaterThan(0);
    expect(
      all.filter((f) => f.coversCyrillic && f.status !== 'unloaded'),
      'no Cyrillic face is downloaded on an English page',
    ).toEqual([]);

    await expectWebFonts(page, ['h1, h2', 'header a']);
  });
}

for (const edition of [
  { name: 'Ukrainian', base: '/uk', slug: SHOWCASE_SLUG_UK },
  { name: 'Russian', base: '/ru', slug: SHOWCASE_SLUG_RU },
]) {
  for (const what of ['front page', 'article'] as const) {
    test(`the ${edition.name} ${what} loads the Cyrillic files, under ${FONT_BUDGET / 1000} KB, and renders in the web fonts`, async ({ page, request }) => {
      const path = what === 'article' ? await showcasePath(request, edition.base, edition.slug) : `${edition.base}/`;
      const { total, files } = await fontBytes(page, path);
      expect(total, files.join('\n')).toBeLessThan(FONT_BUDGET);

      const loaded = (await faces(page)).filter((f) => f.coversCyrillic && f.status === 'loaded');
      expect(loaded.length, 'a Cyrillic face of each typeface is downloaded').toBeGreaterThanOrEqual(2);

      await expectWebFonts(page, what === 'article' ? ['h1', '[data-testid=standfirst]', '[data-testid=article-body] p'] : ['h1, h2', 'header a']);
    });
  }
}

test('each edition preloads the basic files and its own letters, not another script’s (no shift when they arrive)', async ({ request }) => {
  const preloads = async (path: string) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    const link = res.headersArray().find((h) => h.name.toLowerCase() === 'link')?.value ?? '';
    return [...link.matchAll(/<\/_next\/static\/media\/([a-z_0-9]+)[.-][^>]*\.woff2>;[^,]*as="font"/g)].map((m) => m[1]);
  };
  for (const [path, own, other] of [
    ['/', 'latin', 'cyrillic'],
    ['/uk', 'cyrillic', 'latin'],
    ['/ru', 'cyrillic', 'latin'],
  ] as const) {
    const files = await preloads(path);
    for (const name of ['inter_basic', 'serif_basic_400', 'serif_basic_700', `inter_${own}`, `serif_${own}_400`, `serif_${own}_700`])
      expect(files, `${path} preloads ${name}`).toContain(name);
    expect(
      files.filter((f) => f.includes(other)),
      `${path} preloads no ${other} file`,
    ).toEqual([]);
  }
});
