/**
 * The languages an edition can be in: those the message catalogue
 * (./messages) is written for. Editions are rows (ADR 021) keyed by one of
 * these codes; staff choose which exist, their names, prefixes and the default.
 */
export const EDITION_CODES = ['en', 'uk', 'ru'] as const;
export type EditionCode = (typeof EDITION_CODES)[number];

export function isEditionCode(value: string): value is EditionCode {
  return (EDITION_CODES as readonly string[]).includes(value);
}
