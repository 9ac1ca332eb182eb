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

/** "Ukrainian (Українська)", "Russian (Русский, disabled)": the staff name, and the edition's own. For staff pickers. */
export function editionOption(e: { code: string; name: string; enabled: boolean }): string {
  const extra = [e.name !== editionLabel(e.code) ? e.name : '', e.enabled ? '' : 'disabled'].filter(Boolean).join(', ');
  return extra ? `${editionLabel(e.code)} (${extra})` : editionLabel(e.code);
}
