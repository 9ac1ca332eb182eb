import type { embedProviders } from '../../../lib/blocks/schema.ts';
import type { HeroKey } from '../images.ts';

/**
 * The compact form in which demo articles are written. `tools/seed/build.ts`
 * turns it into real rows and a body that passes `bodySchema`.
 *
 * Text may use a little inline markup: **bold**, *italic*, [text](https://...).
 * Dates and weekdays are never written literally, because the seed places the
 * stories relative to the moment it runs. Use these tokens instead; they are
 * resolved against the article's own publication day in Europe/Kyiv:
 *   {weekday}      the weekday of publication            ("Tuesday")
 *   {weekday:-1}   the weekday N days before publication  ("Monday")
 *   {date:-3}      the date N days before publication     ("9 November")
 *   {month:-1}     the month N months before publication  ("October")
 * In background items, {date} is the publication date of the linked article.
 *
 * In the Ukrainian and Russian editions the tokens render in the article's
 * language (Intl.DateTimeFormat, locale uk / ru, time zone Europe/Kyiv), in
 * the form a news sentence needs, so the writer never has to guess a case
 * or a preposition for a day that is only known when the seed runs:
 *   {weekday}      preposition + accusative: "у вівторок", "у пʼятницю";
 *                  Russian "во вторник", "в среду" (в/во is chosen here)
 *   {date:-3}      day + genitive month: "9 листопада", "9 ноября"
 *   {month:-1}     preposition + locative: "у жовтні", "в октябре"
 * Write {Weekday} or {Month} (capital letter) at the start of a sentence:
 * "У вівторок", "Во вторник". In English the capital changes nothing.
 *
 * Ukrainian text writes the apostrophe as ʼ (U+02BC MODIFIER LETTER
 * APOSTROPHE: "девʼять", "пʼятниця"), as ICU's own Ukrainian dates do; it is
 * a letter, so a word is not split for search. The build rejects ' and ’
 * between Cyrillic letters in Ukrainian articles.
 */
export type Chunk =
  | string
  | { details: string }
  | { label: string; text: string }
  | { quote: string; by: string; context?: string }
  | { sub: string }
  | { list: string[]; ordered?: boolean }
  | { image: HeroKey; alt?: string; caption: string; credit?: string }
  | { embed: (typeof embedProviders)[number]; url: string; title: string }
  | { bg: [slug: string, text: string][]; title?: string }
  | 'ad';

/** The edition codes (Edition.code). */
export type Language = 'en' | 'uk' | 'ru';

export interface ArticleSeed {
  /** ASCII, kebab-case and unique across every edition (Cyrillic titles are transliterated). */
  slug: string;
  /** The edition the article belongs to; defaults to 'en'. Tags and Background links must be of the same edition. */
  language?: Language;
  /** For a translation: the slug of the English original. The original and its translations share one translationGroup. */
  translationOf?: string;
  title: string;
  standfirst: string;
  section: string;
  tags: string[];
  /** Author slugs, in byline order. */
  authors: string[];
  /** Days before the seed day, and the local time in Europe/Kyiv. */
  at: [daysAgo: number, time: string];
  hero: HeroKey;
  heroAlt?: string;
  heroCaption?: string;
  heroCredit?: string;
  /** Outlet keys from `OUTLETS`. */
  source: string;
  citing?: string;
  body: Chunk[];
  /** Appended as a "Background" block: earlier demo articles, by slug. */
  background?: [slug: string, text: string][];
  /** Hours after publication at which the article was last updated. */
  updated?: number;
  featured?: boolean;
  /** Defaults to PUBLISHED. */
  status?: 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED';
}
