/**
 * The site's web fonts (ADR 020): Inter (variable, weights 400-700) for the
 * interface and Source Serif 4 (static 400 and 700) for headlines and text,
 * each cut into six files by `npm run fonts` (lib/fonts/subsets.ts): basic
 * (space, digits, punctuation), Latin letters (A-Z), accented Latin, Latin
 * Extended, Cyrillic and Cyrillic Extended, with non-overlapping
 * `unicode-range`s. A browser
 * downloads a file only when the page has a character in its range: every
 * page gets the basic files (the only ones preloaded), an English page the
 * Latin letters, a Ukrainian or Russian page the Cyrillic ones. No italic
 * file: `<em>` and captions use the browser's slanted regular.
 *
 * next/font/local gives every call its own family name, so each file is one
 * call; globals.css lists a typeface's six families in one stack. Only the
 * Latin-letter calls carry the size-adjusted fallback (`adjustFontFallback`,
 * computed from letter widths), which must come after every subset in the
 * stack. next/font wants literal options, hence the repetition;
 * tests/unit/fonts.test.ts checks the files and ranges against
 * lib/fonts/subsets.ts.
 */
import localFont from 'next/font/local';

export const interBasic = localFont({
  src: '../assets/fonts/inter-basic.woff2',
  weight: '400 700',
  variable: '--font-inter-basic',
  display: 'swap',
  preload: true,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-0040, U+005B-0060, U+007B-00BF, U+00D7, U+00F7, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const interLatin = localFont({
  src: '../assets/fonts/inter-latin.woff2',
  weight: '400 700',
  variable: '--font-inter-latin',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0041-005A, U+0061-007A' }],
});

export const interLatin1 = localFont({
  src: '../assets/fonts/inter-latin-1.woff2',
  weight: '400 700',
  variable: '--font-inter-latin-1',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+00C0-00D6, U+00D8-00F6, U+00F8-00FF, U+0131, U+0152-0153' }],
});

export const interLatinExt = localFont({
  src: '../assets/fonts/inter-latin-ext.woff2',
  weight: '400 700',
  variable: '--font-inter-latin-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+20A0-20AB, U+20AD-20B3, U+20B5-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

export const interCyrillic = localFont({
  src: '../assets/fonts/inter-cyrillic.woff2',
  weight: '400 700',
  variable: '--font-inter-cyrillic',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

export const interCyrillicExt = localFont({
  src: '../assets/fonts/inter-cyrillic-ext.woff2',
  weight: '400 700',
  variable: '--font-inter-cyrillic-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0460-048F, U+0492-04AF, U+04B2-052F, U+1C80-1C8A, U+20B4, U+2DE0-2DFF, U+A640-A69F, U+FE2E-FE2F' }],
});

export const serifBasic = localFont({
  src: [
    { path: '../assets/fonts/serif-basic-400.woff2', weight: '400', style: 'normal' },
    { path: '../assets/fonts/serif-basic-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-basic',
  display: 'swap',
  preload: true,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-0040, U+005B-0060, U+007B-00BF, U+00D7, U+00F7, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
});

export const serifLatin = localFont({
  src: [
    { path: '../assets/fonts/serif-latin-400.woff2', weight: '400', style: 'normal' },
    { path: '../assets/fonts/serif-latin-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0041-005A, U+0061-007A' }],
});

export const serifLatin1 = localFont({
  src: [
    { path: '../assets/fonts/serif-latin-1-400.woff2', weight: '400', style: 'normal' },
    { path: '../assets/fonts/serif-latin-1-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin-1',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+00C0-00D6, U+00D8-00F6, U+00F8-00FF, U+0131, U+0152-0153' }],
});

export const serifLatinExt = localFont({
  src: [
    { path: '../assets/fonts/serif-latin-ext-400.woff2', weight: '400', style: 'normal' },
    { path: '../assets/fonts/serif-latin-ext-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-0130, U+0132-0151, U+0154-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+20A0-20AB, U+20AD-20B3, U+20B5-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
});

export const serifCyrillic = localFont({
  src: [
    { path: '../assets/fonts/serif-cyrillic-400.woff2', weight: '400', style: 'normal' },
    { path: '../assets/fonts/serif-cyrillic-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-cyrillic',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116' }],
});

export const serifCyrillicExt = localFont({
  src: [
    { path: '../assets/fonts/serif-cyrillic-ext-400.woff2', weight: '400', style: 'normal' },
    { path: '../assets/fonts/serif-cyrillic-ext-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-cyrillic-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0460-048F, U+0492-04AF, U+04B2-052F, U+1C80-1C8A, U+20B4, U+2DE0-2DFF, U+A640-A69F, U+FE2E-FE2F' }],
});

/** The classes that define every font variable, for the root element. */
export const fontVariables = [
  interBasic,
  interLatin,
  interLatin1,
  interLatinExt,
  interCyrillic,
  interCyrillicExt,
  serifBasic,
  serifLatin,
  serifLatin1,
  serifLatinExt,
  serifCyrillic,
  serifCyrillicExt,
]
  .map((f) => f.variable)
  .join(' ');
