/**
 * npm run fonts — cut the site's web font files (assets/fonts/) from the
 * fontsource packages with harfbuzz (`subset-font`), per lib/fonts/subsets.ts:
 * each subset's characters only, the OpenType features the site uses, and
 * Inter's weight axis limited to 400-700. The output is committed (next/font
 * reads it at build time); run this after upgrading a font package.
 * `--check` compares instead of writing and exits 1 if a file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { fontFile, KEEP_FEATURES, SUBSETS, subsetText, TYPEFACES } from '../lib/fonts/subsets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export async function buildFonts(): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const typeface of TYPEFACES) {
    for (const style of typeface.styles) {
      for (const subset of SUBSETS) {
        const source = fs.readFileSync(path.join(ROOT, style.src(subset.from)));
        const file = await subsetFont(source, subsetText(subset), {
          targetFormat: 'woff2',
          keepFeatures: KEEP_FEATURES,
          ...(typeface.axes ? { variationAxes: typeface.axes } : {}),
        });
        out.set(fontFile(typeface, style.weight, subset.name), file);
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await buildFonts();
  let stale = 0;
  for (const [file, bytes] of files) {
    const full = path.join(ROOT, file);
    if (check) {
      const same = fs.existsSync(full) && fs.readFileSync(full).equals(bytes);
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${file}`);
    } else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, bytes);
      console.log(`${file.padEnd(40)} ${(bytes.length / 1000).toFixed(1).padStart(6)} KB`);
    }
  }
  if (stale) {
    console.error(`${stale} font file(s) differ from what npm run fonts writes`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
