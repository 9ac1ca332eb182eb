/**
 * The reader's search box, parsed by us into safe lexemes (ADR 022).
 *
 * Whatever is typed (quotes, colons, backslashes, only punctuation, 200
 * characters of anything) becomes either nothing to search for, or a query
 * string built only from letters, digits and operators we wrote ourselves, so
 * PostgreSQL's query parsers never see a syntax they could reject.
 *
 * The syntax is that of websearch_to_tsquery for every edition:
 *   words            all of them (AND)
 *   "two words"      a phrase, in this order
 *   -word, -"a b"    without it
 *   a or b           either (also "або", "или"); binds tighter than AND
 *   word*            a prefix (Ukrainian and Russian; English ignores the star)
 *
 * Per edition:
 *   en  (and editions without a rule) a websearch string rebuilt from the parsed terms, for
 *       websearch_to_tsquery('english', …): Snowball stemming, English stop words.
 *   ru  a to_tsquery string for the 'russian' configuration: PostgreSQL's
 *       Snowball stemmer turns выборах and выборы into выбор on both sides.
 *   uk  a to_tsquery string for 'simple': PostgreSQL
 *       has no Ukrainian stemmer, so each word loses one inflectional ending
 *       (stemUkrainian) and matches as a prefix ('вибор':* finds вибори,
 *       виборів, виборах). Words of up to 3 letters (ЄС, США, мир) stay
 *       whole and match exactly; common function words are dropped.
 */
import { fold } from './fold';

/** Longest query we read; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most terms we pass on; more only make the query slower, not better. */
export const MAX_TERMS = 12;

export interface Term {
  /** Folded words; more than one is a phrase. */
  words: string[];
  negated: boolean;
  /** The reader ended the (last) word with *. */
  prefix: boolean;
}

/** AND of OR-groups: [[a], [b, c]] is a & (b | c). */
export type ParsedQuery = Term[][];

const OR_WORDS = new Set(['or', 'або', 'или']);
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’ʼ‘`ʹ]/u;

interface Token {
  kind: 'term' | 'or';
  term?: Term;
}

function splitWords(text: string, folded: boolean): string[] {
  return text
    .split(/[^\p{L}\p{N}\p{M}'’ʼ‘`ʹ]+/u)
    .map((w) =>
      folded
        ? fold(w)
        : w
            .normalize('NFC')
            .toLowerCase()
            .replace(/[’ʼ‘`ʹ]/gu, "'"),
    )
    .map((w) => w.replace(folded ? /[^\p{L}\p{N}]/gu : /[^\p{L}\p{N}\p{M}']/gu, '').replace(/^'+|'+$/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Splits the search box into terms and "or"s (websearch_to_tsquery's syntax,
 * parsed leniently). Words are folded (fold.ts) unless `folded` is false: the
 * English configuration neither strips accents nor splits at apostrophes the
 * way we do, so English words keep theirs for PostgreSQL's own parser.
 */
export function parseQuery(raw: string, folded = true): ParsedQuery {
  // No control, format, private-use or unpaired surrogate characters (a NUL byte alone would fail in PostgreSQL).
  const text = String(raw ?? '')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu, ' ')
    .slice(0, MAX_QUERY_LENGTH);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let negated = false;
    if (ch === '-' && i + 1 < text.length && (text[i + 1] === '"' || WORD_CHAR.test(text[i + 1])) && (i === 0 || !WORD_CHAR.test(text[i - 1]))) {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      const inner = text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end + 1;
      const words = splitWords(inner, folded);
      if (words.length) tokens.push({ kind: 'term', term: { words, negated, prefix: /\*\s*$/.test(inner) } });
      continue;
    }
    if (WORD_CHAR.test(text[i] ?? '')) {
      let j = i;
      while (j < text.length && WORD_CHAR.test(text[j])) j++;
      const word = text.slice(i, j);
      const prefix = text[j] === '*';
      i = j;
      // Hyphens and other joiners inside a word split it: будь-який is будь and який.
      const words = splitWords(word, folded);
      if (!negated && words.length === 1 && OR_WORDS.has(words[0])) {
        tokens.push({ kind: 'or' });
        continue;
      }
      for (const [k, w] of words.entries()) tokens.push({ kind: 'term', term: { words: [w], negated, prefix: prefix && k === words.length - 1 } });
      continue;
    }
    i++;
  }

  const groups: ParsedQuery = [];
  let pendingOr = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      pendingOr = groups.length > 0;
      continue;
    }
    if (pendingOr) groups[groups.length - 1].push(token.term!);
    else groups.push([token.term!]);
    pendingOr = false;
  }
  return groups.slice(0, MAX_TERMS);
}

// ---------------------------------------------------------------- Ukrainian

/**
 * Inflectional endings of Ukrainian nouns, adjectives and verbs (after
 * folding: no apostrophes). One ending is stripped, the longest that leaves a
 * stem of at least MIN_STEM letters. Deliberately light: endings that are also
 * the ends of many stems (-ла, -ли, -ти, -ть, -в) are left out, because the
 * stem is matched as a prefix anyway and over-stripping finds unrelated words.
 */
const UK_ENDINGS = [
  // adjectives and pronouns
  'ього',
  'ьому',
  'ого',
  'ому',
  'ими',
  'іми',
  'ий',
  'ій',
  'ої',
  'ою',
  'их',
  'іх',
  'им',
  'ім',
  'ая',
  'яя',
  'еє',
  // nouns
  'ами',
  'ями',
  'ові',
  'еві',
  'єві',
  'ах',
  'ях',
  'ам',
  'ям',
  'ів',
  'їв',
  'ей',
  'ею',
  'єю',
  'ом',
  'ем',
  'єм',
  // verbs
  'ати',
  'яти',
  'ити',
  'іти',
  'ути',
  'ують',
  'юють',
  'ють',
  'ать',
  'ять',
  'уть',
  'ить',
  'ете',
  'ємо',
  'емо',
  'имо',
  'ує',
  'ає',
  'ся',
  'сь',
  // single letters
  'а',
  'я',
  'і',
  'ї',
  'у',
  'ю',
  'о',
  'е',
  'є',
  'и',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

/** Shortest stem we match as a prefix; shorter words are kept whole. */
export const MIN_STEM = 3;

/** Function words dropped from Ukrainian queries (they are in nearly every article). */
const UK_STOP = new Set(
  'а але або б би в вже від він вона вони воно все де для до є ж же з за зі з із й і її їх його коли лише ми на над не ні нібито о от по при про під після та так також там те тим то ту ти у через це ця ці цей чи що щоб як яка яке які який я'.split(
    ' ',
  ),
);

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+$/u;

/**
 * One ending off a folded Ukrainian word ("виборах" → "вибор"), or the word
 * itself when it is short, not Cyrillic, or has no known ending.
 */
export function stemUkrainian(word: string): string {
  if (word.length <= MIN_STEM || !CYRILLIC_WORD.test(word)) return word;
  for (const ending of UK_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * The prefixes a Ukrainian query word matches: its stem, and for a word that
 * ends in a syllable closed with і or ї (вибір, Київ, схід) also that syllable
 * with the vowel of the other forms: і → о, е (вибору, сходу, осені), ї → є
 * (Києва). Words of up to MIN_STEM letters stay whole (exact match).
 */
export function ukrainianVariants(word: string): { lexemes: string[]; prefix: boolean } {
  if (word.length <= MIN_STEM) return { lexemes: [word], prefix: false };
  const stem = stemUkrainian(word);
  const lexemes = [stem];
  const closed = stem === word ? /^(\p{Script=Cyrillic}+)([ії])([^аеєиіїоуюяь]+)ь?$/u.exec(word) : null;
  if (closed) {
    const [, head, vowel, tail] = closed;
    for (const v of vowel === 'і' ? ['о', 'е'] : ['є']) lexemes.push(`${head}${v}${tail}`);
  }
  return { lexemes, prefix: true };
}

// ---------------------------------------------------------------- to tsquery text

/**
 * Only letters and decimal digits reach a tsquery string (and apostrophes a
 * websearch one); anything else was a separator. Not modifier letters (\p{Lm})
 * nor other numbers either: unaccent, which search_fold() applies to the whole
 * query string, turns ː into ":", ʺ into a double quote and ½ into " 1/2",
 * which would be tsquery syntax.
 */
function safe(lexeme: string, apostrophes = false): string {
  return lexeme.replace(apostrophes ? /[^\p{L}\p{Nd}\p{M}']|\p{Lm}/gu : /[^\p{L}\p{Nd}]|\p{Lm}/gu, '');
}

function ukrainianTerm(term: Term): string | null {
  const parts: string[] = [];
  for (const [k, word] of term.words.entries()) {
    const last = k === term.words.length - 1;
    if (term.words.length === 1 && !term.negated && UK_STOP.has(word)) return null;
    const { lexemes, prefix } = ukrainianVariants(word);
    const star = prefix || (last && term.prefix) ? ':*' : '';
    const alternatives = lexemes.map((l) => safe(l)).filter(Boolean);
    if (!alternatives.length) continue;
    parts.push(alternatives.length === 1 ? `${alternatives[0]}${star}` : `(${alternatives.map((a) => a + star).join(' | ')})`);
  }
  return parts.length ? parts.join(' <-> ') : null;
}

function russianTerm(term: Term): string | null {
  const words = term.words.map((w) => safe(w)).filter(Boolean);
  if (!words.length) return null;
  return words.map((w, k) => (k === words.length - 1 && term.prefix ? `${w}:*` : w)).join(' <-> ');
}

function joinGroups(parsed: ParsedQuery, termText: (t: Term) => string | null): string | null {
  const and: string[] = [];
  let positive = false;
  for (const group of parsed) {
    const alternatives: string[] = [];
    for (const term of group) {
      const text = termText(term);
      if (!text) continue;
      alternatives.push(term.negated ? `!(${text})` : `(${text})`);
    }
    if (!alternatives.length) continue;
    if (group.every((t) => !t.negated) && alternatives.length === group.length) positive = true;
    and.push(alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`);
  }
  // Without a group that must be present (only exclusions, or "a or -b"), nearly every article matches through a full scan: no search.
  return positive ? and.join(' & ') : null;
}

/** The positive groups of a parsed query, each phrase as separate words (a superset of its matches), or null without a phrase. */
function broadened(parsed: ParsedQuery): ParsedQuery | null {
  if (!parsed.some((g) => g.some((t) => !t.negated && t.words.length > 1))) return null;
  return parsed.filter((g) => g.every((t) => !t.negated)).map((g) => g.map((t) => ({ ...t, words: [...t.words] })));
}

function andWords(termText: (t: Term) => string | null): (t: Term) => string | null {
  return (t) => {
    const parts = t.words.map((w, k) => termText({ words: [w], negated: false, prefix: t.prefix && k === t.words.length - 1 })).filter((x): x is string => !!x);
    return parts.length ? parts.map((p) => `(${p})`).join(' & ') : null;
  };
}

/** The websearch string for websearch_to_tsquery('english', …), rebuilt from parsed terms; null when nothing is searched for. */
export function englishWebsearch(parsed: ParsedQuery): string | null {
  const text = (t: Term) => {
    const words = t.words.map((w) => safe(w, true)).filter(Boolean);
    if (!words.length) return null;
    const body = words.length > 1 ? `"${words.join(' ')}"` : words[0];
    return t.negated ? `-${body}` : body;
  };
  const groups = parsed.map((g) => g.map(text).filter((x): x is string => !!x));
  if (!parsed.some((g, i) => g.every((t) => !t.negated) && groups[i].length === g.length)) return null;
  return groups
    .filter((g) => g.length > 0)
    .map((g) => g.join(' or '))
    .join(' ');
}

export type SearchConfig = 'english' | 'russian' | 'simple';

export interface EditionQuery {
  /** PostgreSQL text search configuration of that edition's "search" column. */
  config: SearchConfig;
  /** websearch: websearch_to_tsquery(config, text); tsquery: to_tsquery(config, search_fold(text)). */
  syntax: 'websearch' | 'tsquery';
  text: string;
  /**
   * For a query with a phrase: the same query with its phrases as plain ANDs
   * and without exclusions (same syntax), which every phrase match also
   * matches. Checking a phrase needs each candidate's word positions, read
   * out of TOAST; ./articles.ts looks for phrases among the newest matches of
   * this broader query only.
   */
  broad?: string;
}

/**
 * The configuration the migration gives an edition's articles (keep in step
 * with it): uk simple, ru russian, en and editions without a rule of their
 * own english.
 */
export function configOf(edition: string): SearchConfig {
  return edition === 'uk' ? 'simple' : edition === 'ru' ? 'russian' : 'english';
}

/** What to ask PostgreSQL for a query typed into an edition's search box, or null when there is nothing to search for. */
export function editionQuery(edition: string, raw: string): EditionQuery | null {
  const config = configOf(edition);
  const parsed = parseQuery(raw, config !== 'english');
  if (!parsed.length) return null;
  const wide = broadened(parsed);
  if (config === 'english') {
    const text = englishWebsearch(parsed);
    if (!text) return null;
    // websearch has no parentheses: a lone phrase becomes its words (AND), an "or" with a phrase in it is left out (broader still).
    const words = (g: Term[]): ParsedQuery =>
      g.length === 1 ? g[0].words.map((w) => [{ words: [w], negated: false, prefix: false }]) : g.some((t) => t.words.length > 1) ? [] : [g];
    const broad = wide && englishWebsearch(wide.flatMap(words));
    return broad ? { config, syntax: 'websearch', text, broad } : { config, syntax: 'websearch', text };
  }
  const termText = config === 'russian' ? russianTerm : ukrainianTerm;
  const text = joinGroups(parsed, termText);
  if (!text) return null;
  const broad = wide && joinGroups(wide, andWords(termText));
  return broad ? { config, syntax: 'tsquery', text, broad } : { config, syntax: 'tsquery', text };
}
