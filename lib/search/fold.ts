/**
 * The reader's words folded as the database folds article text
 * (search_fold() in prisma/migrations/20261214100000_edition_search): lower
 * case, accents and stress marks stripped as PostgreSQL's unaccent does
 * (ще́ → ще, ё → е, Zürich → zurich), apostrophes deleted (пʼятниця,
 * п’ятниця, п'ятниця → пятниця). Unlike a plain "strip every combining mark",
 * й, ї and ў keep their marks: unaccent keeps them, and they are letters of
 * their own in Ukrainian and Belarusian.
 *
 * The SQL side applies search_fold() to the query again, so where the two
 * differ (unaccent's rare ligature rules, æ → ae) the database's folding wins;
 * this one only has to be good enough for the suffix rules to see the ending.
 */

/** Apostrophes readers and editors type inside words: ASCII, right single quote, modifier letter apostrophe, left quote, grave, prime. */
export const APOSTROPHES = "'’ʼ‘`ʹ";
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHES}]`, 'g');

/** Combining marks that make a letter of its own on these bases (й, ў from и, у + breve; ї from і + diaeresis). */
const KEEP_MARK: Record<string, string> = { '\u0306': 'иуИУ', '\u0308': 'іІ' };

export function fold(word: string): string {
  const decomposed = word.normalize('NFD');
  let out = '';
  for (const ch of decomposed) {
    if (/\p{M}/u.test(ch)) {
      const bases = KEEP_MARK[ch];
      if (bases && out && bases.includes(out[out.length - 1])) out += ch;
      continue;
    }
    out += ch;
  }
  return out.normalize('NFC').toLowerCase().replace(APOSTROPHE_RE, '');
}
