import { expect, test } from '@playwright/test';
import { SHOWCASE_SLUG_RU, SHOWCASE_SLUG_UK } from '../tools/seed/index.ts';
import { scrollThrough, showcasePath, SHOWCASE_SLUG, waitForImages } from './support';

/**
 * Cumulative Layout Shift on the showcase article of each edition, measured
 * the way the browser reports it (layout-shift entries without recent
 * input), from the first paint through reading the whole body.
 */

declare global {
  interface Window {
    __cls: { value: number; shifts: { value: number; sources: string[] }[] };
  }
}

const DESKTOP = { name: 'desktop', width: 1280, height: 900 };
const PHONE = { name: 'phone', width: 375, height: 740 };

for (const { edition, base, slug, viewport } of [
  { edition: 'English', base: '', slug: SHOWCASE_SLUG, viewport: DESKTOP },
  { edition: 'English', base: '', slug: SHOWCASE_SLUG, viewport: PHONE },
  { edition: 'Ukrainian', base: '/uk', slug: SHOWCASE_SLUG_UK, viewport: PHONE },
  { edition: 'Russian', base: '/ru', slug: SHOWCASE_SLUG_RU, viewport: PHONE },
]) {
  test(`${edition} article has no layout shift (${viewport.name})`, async ({ page, request }) => {
    const path = await showcasePath(request, base, slug);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.addInitScript(() => {
      window.__cls = { value: 0, shifts: [] };
      const describe = (n: Node | null | undefined) => {
        if (!n || !(n instanceof Element)) return String(n?.nodeName ?? 'unknown');
        const id = n.id ? `#${n.id}` : '';
        const testid = n.getAttribute('data-testid') ? `[data-testid=${n.getAttribute('data-testid')}]` : '';
        const block = n.getAttribute('data-block') ? `[data-block=${n.getAttribute('data-block')}]` : '';
        return `${n.tagName.toLowerCase()}${id}${testid}${block}`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (entry.hadRecentInput) continue;
          window.__cls.value += entry.value;
          window.__cls.shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => describe(s.node)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });

    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await scrollThrough(page);
    await waitForImages(page);
    // Back to the top and through the body once more, now with everything loaded.
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollThrough(page);
    // Let any pending layout-shift entries be delivered.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));

    const cls = await page.evaluate(() => window.__cls);
    const detail = cls.shifts.map((s) => `${s.value.toFixed(4)} from ${s.sources.join(', ') || '?'}`).join('; ');
    expect(cls.value, `CLS ${cls.value.toFixed(4)}: ${detail}`).toBeLessThan(0.1);
    // Ideally nothing moves at all; report small shifts without failing on them.
    if (cls.value > 0) test.info().annotations.push({ type: 'layout-shift', description: `CLS ${cls.value.toFixed(4)}: ${detail}` });
  });
}
