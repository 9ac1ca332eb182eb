/**
 * The site's web fonts (ADR 020): Inter (variable, every weight) for the
 * interface and Source Serif 4 (static 400 and 700) for headlines and text,
 * each split into Latin, Latin Extended, Cyrillic and Cyrillic Extended
 * files with their own `unicode-range`. A browser downloads a file only when
 * the page has a character in its range: an English page gets the two Latin
 * files, a Ukrainian one the Cyrillic files plus the Latin ones for its
 * spaces, digits and punctuation. No italic file: `<em>` and captions use
 * the browser's slanted regular (an italic would add 20 KB to a page with
 * emphasis, past the 100 KB budget).
 *
 * next/font/local gives every call its own family name, so each subset is
 * one call; globals.css lists the four families of a typeface in one stack
 * (their ranges do not overlap but for three combining marks). Only the
 * Latin calls are preloaded and carry the size-adjusted fallback
 * (`adjustFontFallback`), which must come after every subset in the stack.
 * next/font wants literal options, hence the repetition; the ranges are
 * fontsource's (`unicode.json` of each package).
 */
import localFont from 'next/font/local';

export const interLatin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter-latin',
  weight: '100 900',
  display: 'swap',
  preload: true,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const interLatinExt = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  variable: '--font-inter-latin-ext',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

export const interCyrillic = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2',
  variable: '--font-inter-cyrillic',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

export const interCyrillicExt = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-cyrillic-ext-wght-normal.woff2',
  variable: '--font-inter-cyrillic-ext',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0460-052F, U+1C80-1C8A, U+20B4, U+2DE0-2DFF, U+A640-A69F, U+FE2E-FE2F' }],
});

export const serifLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
  preload: true,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const serifLatinExt = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

export const serifCyrillic = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-cyrillic',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

export const serifCyrillicExt = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-cyrillic-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0460-052F, U+1C80-1C8A, U+20B4, U+2DE0-2DFF, U+A640-A69F, U+FE2E-FE2F' }],
});

/** The classes that define every font variable, for the root element. */
export const fontVariables = [interLatin, interLatinExt, interCyrillic, interCyrillicExt, serifLatin, serifLatinExt, serifCyrillic, serifCyrillicExt]
  .map((f) => f.variable)
  .join(' ');
