import type { EditionCode } from '../i18n/languages';

/**
 * The editions' names in the staff UI, which stays in English whatever an
 * edition calls itself on its pages (Edition.name, e.g. "Українська").
 * Pure: usable in client components.
 */
export const EDITION_LABELS: Record<EditionCode, string> = { en: 'English', uk: 'Ukrainian', ru: 'Russian' };

/** "Ukrainian" for "uk"; an unknown code as it is. */
export function editionLabel(code: string): string {
  return (EDITION_LABELS as Record<string, string>)[code] ?? code;
}
