/**
 * Control characters in text staff type. They are never meant (a paste from a
 * word processor, a hostile API call) and most of them cannot appear in XML
 * at all, so one in a title would break the RSS feed and the sitemaps.
 * Single-line fields (titles, names) refuse every C0/C1 control character,
 * tab and line breaks included; multi-line fields keep tab, LF and CR. The
 * noncharacters U+FFFE and U+FFFF are not allowed in XML either.
 */
const IN_LINE = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const IN_TEXT_ALL = new RegExp(IN_TEXT.source, 'g');

/** For zod refinements of single-line fields: `.refine(isPlainLine, …)`. */
export const isPlainLine = (value: string): boolean => !IN_LINE.test(value);

/** For multi-line fields (standfirst, bio, description): tab and line breaks allowed. */
export const isPlainText = (value: string): boolean => !IN_TEXT.test(value);

/** The message of both refinements, with the field's label when the form shows it apart. */
export const controlMessage = (label?: string) => (label ? `${label} must not contain control characters.` : 'must not contain control characters');

/**
 * Text for XML output (feeds, sitemaps) and search queries: without the
 * characters XML 1.0 cannot carry (nor PostgreSQL: U+0000), for rows stored
 * before input refused them.
 */
export function stripControlCharacters(value: string): string {
  return value.replace(IN_TEXT_ALL, '');
}
