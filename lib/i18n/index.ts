import { en, type Messages } from './messages/en';
import { ru } from './messages/ru';
import { uk } from './messages/uk';
import type { EditionCode } from './languages';

export type { Messages } from './messages/en';
export { EDITION_CODES, isEditionCode, type EditionCode } from './languages';

const catalogues: Record<EditionCode, Messages> = { en, uk, ru };

/** The reader-facing strings of an edition (ADR 021). Server-side: client islands get the strings they show as props. */
export function messagesFor(code: EditionCode): Messages {
  return catalogues[code];
}
