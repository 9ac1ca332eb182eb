import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fontFile, SUBSETS, TYPEFACES, unicodeRange, type Subset } from '../../lib/fonts/subsets.ts';
import { buildFonts } from '../../scripts/fonts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('the subsets do not overlap, so a character pulls in one file of a typeface', () => {
  const owner = new Map<number, string>();
  for (const subset of SUBSETS)
    for (const [a, b] of subset.ranges) {
      assert.ok(a <= b, `${subset.name}: ${a} > ${b}`);
      for (let c = a; c <= b; c++) {
        assert.equal(owner.get(c), undefined, `U+${c.toString(16)} is in ${owner.get(c)} and ${subset.name}`);
        owner.set(c, subset.name);
      }
    }
  // What each edition's text needs sits where the page loads it.
  const where = (ch: string) => owner.get(ch.codePointAt(0)!);
  for (const ch of ' 0123456789.,:;!?()«»„“”‘’—–…%') assert.equal(where(ch), 'basic', ch);
  for (const ch of 'AZaz') assert.equal(where(ch), 'latin', ch);
  for (const ch of 'ДдЖжҐґЄєІіЇїЁёЫыЭэ№') assert.equal(where(ch), 'cyrillic', ch);
  assert.equal(where('ʼ'), 'basic', 'the Ukrainian apostrophe U+02BC');
});

test('app/fonts.ts declares every file with its subset’s unicode-range', () => {
  const source = fs.readFileSync(path.join(ROOT, 'app/fonts.ts'), 'utf8');
  const calls = source.replace(/\s+/g, ' ').split('localFont({').slice(1);
  assert.equal(calls.length, TYPEFACES.length * SUBSETS.length);
  for (const typeface of TYPEFACES)
    for (const subset of SUBSETS) {
      const files = typeface.styles.map((s) => `'../${fontFile(typeface, s.weight, subset.name)}'`);
      const call = calls.find((c) => files.every((f) => c.includes(f)));
      assert.ok(call, `a localFont call for ${files.join(', ')}`);
      assert.ok(call.includes(`value: '${unicodeRange(subset)}'`), `${typeface.name}-${subset.name}: unicode-range ${unicodeRange(subset)}`);
      assert.ok(call.includes(`preload: ${subset.name === 'basic'}`), `${typeface.name}-${subset.name}: only basic files are preloaded`);
    }
});

test('the committed font files are what npm run fonts cuts from the installed packages', async () => {
  const built = await buildFonts();
  assert.equal(built.size, TYPEFACES.reduce((n, t) => n + t.styles.length, 0) * SUBSETS.length);
  for (const [file, bytes] of built) {
    const committed = fs.readFileSync(path.join(ROOT, file));
    assert.ok(committed.equals(bytes), `${file} is stale: run npm run fonts`);
  }
  // The files a page of each edition needs stay well inside the 100 KB budget (e2e/fonts.spec.ts measures real pages).
  const size = (subset: Subset['name']) => TYPEFACES.flatMap((t) => t.styles.map((s) => built.get(fontFile(t, s.weight, subset))!.length)).reduce((a, b) => a + b, 0);
  assert.ok(size('basic') + size('latin') < 75_000, `English: ${size('basic') + size('latin')} B`);
  assert.ok(size('basic') + size('cyrillic') < 75_000, `Ukrainian/Russian: ${size('basic') + size('cyrillic')} B`);
});
