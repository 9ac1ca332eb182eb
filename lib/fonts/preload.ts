import fs from 'node:fs';
import path from 'node:path';
import { preload } from 'react-dom';
import { builtFontName, EDITION_LETTERS, TYPEFACES } from './subsets';

/**
 * Preloads the letter files of an edition's script (ADR 020): English pages
 * the Latin letters, Ukrainian and Russian pages the Cyrillic ones. next/font
 * preloads per layout file, and one root layout serves every edition, so its
 * own `preload` flag is only used for the basic files every page needs; the
 * letters are found here among the build's font files by the name next/font
 * gives them. If a Next upgrade renamed them, nothing is preloaded (the
 * fonts still load, later) and e2e/fonts.spec.ts fails.
 */
let built: string[] | undefined;

function builtFonts(): string[] {
  if (!built) {
    try {
      built = fs.readdirSync(path.join(process.cwd(), '.next', 'static', 'media')).filter((f) => f.endsWith('.woff2'));
    } catch {
      built = [];
    }
  }
  return built;
}

/** The URLs of the edition's letter files in this build. */
export function letterFontUrls(code: string): string[] {
  const subset = EDITION_LETTERS[code] ?? 'latin';
  const names = TYPEFACES.flatMap((t) => t.styles.map((s) => builtFontName(t, s.weight, subset)));
  return names.flatMap((name) => builtFonts().filter((f) => f.startsWith(`${name}.`) || f.startsWith(`${name}-s.`))).map((f) => `/_next/static/media/${f}`);
}

/** Emits <link rel="preload" as="font"> for the edition's letter files. */
export function preloadEditionFonts(code: string): void {
  for (const href of letterFontUrls(code)) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
}
