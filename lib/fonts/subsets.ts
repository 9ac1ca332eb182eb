/**
 * The site's web font files (ADR 020): which characters each file holds and
 * which fontsource file it is cut from. `npm run fonts` (scripts/fonts.ts)
 * writes them to assets/fonts/; app/fonts.ts declares one next/font family
 * per file with the same `unicode-range` (tests/unit/fonts.test.ts checks
 * both against this list).
 *
 * The split is by what a page of each edition needs: every page needs
 * `basic` (space, digits, punctuation, quotes, dashes), an English page adds
 * `latin` (A-Z, a-z), a Ukrainian or Russian page `cyrillic` (and `latin`
 * for names written in Latin letters); accented Latin letters (`latin-1`)
 * and the extended ranges load only for a page that has such a character. The ranges
 * do not overlap, so the browser downloads a file only when the page has a
 * character in its range.
 */

/** A typeface's source files, by subset, and the styles the site uses. */
export interface Typeface {
  /** Prefix of the output files, e.g. `inter`. */
  name: string;
  /** One entry per output weight: `src` maps a fontsource subset to its file. */
  styles: { weight: string; src: (subset: FontsourceSubset) => string }[];
  /** Variation axes to keep (variable fonts): the site uses 400-700. */
  axes?: Record<string, { min: number; max: number }>;
}

export type FontsourceSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext';

export interface Subset {
  name: 'basic' | 'latin' | 'latin-1' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext';
  /** The fontsource file the glyphs come from. */
  from: FontsourceSubset;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
}

export const SUBSETS: Subset[] = [
  {
    name: 'basic',
    from: 'latin',
    ranges: [
      [0x0000, 0x0040],
      [0x005b, 0x0060],
      [0x007b, 0x00bf],
      [0x00d7, 0x00d7],
      [0x00f7, 0x00f7],
      [0x02bb, 0x02bc],
      [0x02c6, 0x02c6],
      [0x02da, 0x02da],
      [0x02dc, 0x02dc],
      [0x0304, 0x0304],
      [0x0308, 0x0308],
      [0x0329, 0x0329],
      [0x2000, 0x206f],
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x2191, 0x2191],
      [0x2193, 0x2193],
      [0x2212, 0x2212],
      [0x2215, 0x2215],
      [0xfeff, 0xfeff],
      [0xfffd, 0xfffd],
    ],
  },
  {
    name: 'latin',
    from: 'latin',
    ranges: [
      [0x0041, 0x005a],
      [0x0061, 0x007a],
    ],
  },
  {
    name: 'latin-1',
    from: 'latin',
    ranges: [
      [0x00c0, 0x00d6],
      [0x00d8, 0x00f6],
      [0x00f8, 0x00ff],
      [0x0131, 0x0131],
      [0x0152, 0x0153],
    ],
  },
  {
    name: 'latin-ext',
    from: 'latin-ext',
    ranges: [
      [0x0100, 0x0130],
      [0x0132, 0x0151],
      [0x0154, 0x02ba],
      [0x02bd, 0x02c5],
      [0x02c7, 0x02cc],
      [0x02ce, 0x02d7],
      [0x02dd, 0x02ff],
      [0x1d00, 0x1dbf],
      [0x1e00, 0x1e9f],
      [0x1ef2, 0x1eff],
      [0x20a0, 0x20ab],
      [0x20ad, 0x20b3],
      [0x20b5, 0x20c0],
      [0x2113, 0x2113],
      [0x2c60, 0x2c7f],
      [0xa720, 0xa7ff],
    ],
  },
  {
    name: 'cyrillic',
    from: 'cyrillic',
    ranges: [
      [0x0301, 0x0301],
      [0x0400, 0x045f],
      [0x0490, 0x0491],
      [0x04b0, 0x04b1],
      [0x2116, 0x2116],
    ],
  },
  {
    name: 'cyrillic-ext',
    from: 'cyrillic-ext',
    ranges: [
      [0x0460, 0x048f],
      [0x0492, 0x04af],
      [0x04b2, 0x052f],
      [0x1c80, 0x1c8a],
      [0x20b4, 0x20b4],
      [0x2de0, 0x2dff],
      [0xa640, 0xa69f],
      [0xfe2e, 0xfe2f],
    ],
  },
];

const FONTSOURCE = 'node_modules/@fontsource';

export const TYPEFACES: Typeface[] = [
  {
    name: 'inter',
    styles: [{ weight: '400 700', src: (s) => `${FONTSOURCE}-variable/inter/files/inter-${s}-wght-normal.woff2` }],
    axes: { wght: { min: 400, max: 700 } },
  },
  {
    name: 'serif',
    styles: ['400', '700'].map((weight) => ({
      weight,
      src: (s: FontsourceSubset) => `${FONTSOURCE}/source-serif-4/files/source-serif-4-${s}-${weight}-normal.woff2`,
    })),
  },
];

/**
 * OpenType features kept: kerning, standard ligatures, marks, glyph
 * composition, language forms and tabular figures (`tabular-nums`). Dropped:
 * Inter's stylistic sets and character variants (the site selects none),
 * contextual alternates (arrows typed as `->`, colons centred between
 * digits) and case-sensitive punctuation, which together added 4 KB to
 * every page's Inter file.
 */
export const KEEP_FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];

export const OUT_DIR = 'assets/fonts';

/** Output file of a typeface's subset in one weight, relative to the repository. */
export function fontFile(typeface: Typeface, weight: string, subset: Subset['name']): string {
  const w = typeface.styles.length > 1 ? `-${weight}` : '';
  return `${OUT_DIR}/${typeface.name}-${subset}${w}.woff2`;
}

/** CSS `unicode-range` of a subset, e.g. `U+0000-0040, U+00D7`. */
export function unicodeRange(subset: Subset): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return subset.ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Every code point of a subset, as a string (the text harfbuzz keeps). */
export function subsetText(subset: Subset): string {
  let text = '';
  for (const [a, b] of subset.ranges) for (let c = a; c <= b; c++) if (c >= 0x20) text += String.fromCodePoint(c);
  return text;
}

/**
 * The letters an edition's text is written in: its pages preload these files
 * with the basic ones (lib/fonts/preload.ts), so the headline and text are
 * drawn in the web fonts at the first paint and nothing shifts when they
 * arrive. Other scripts on the page load on demand.
 */
export const EDITION_LETTERS: Record<string, Subset['name']> = { en: 'latin', uk: 'cyrillic', ru: 'cyrillic' };

/** The name next/font gives a subset's file in the build (`.next/static/media/<name>.<hash>.woff2`, `-s` before the hash for the fallback's file). */
export function builtFontName(typeface: Typeface, weight: string, subset: Subset['name']): string {
  const file = fontFile(typeface, weight, subset);
  return file
    .slice(file.lastIndexOf('/') + 1)
    .replace(/\.woff2$/, '')
    .replace(/-/g, '_');
}
