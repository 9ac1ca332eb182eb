import { diffWordsWithSpace } from 'diff';
import { bodyToText } from '../blocks/schema';
import { slugify, type ArticleInput } from './input';
import { CORRECTION_LABELS, type CorrectionItem } from '../corrections/input';

/**
 * Comparing two versions of an article's editable fields. Pure (no database,
 * no Next), so the editor runs it in the browser for the live diff of
 * unpublished changes, and the revision history on the server.
 */

const FIELDS: [keyof ArticleInput, string][] = [
  ['title', 'Title'],
  ['slug', 'Slug'],
  ['standfirst', 'Standfirst'],
  ['sectionId', 'Section'],
  ['tags', 'Tags'],
  ['authorIds', 'Authors'],
  ['heroId', 'Hero image'],
  ['heroAlt', 'Hero alt text'],
  ['heroCaption', 'Hero caption'],
  ['heroCredit', 'Hero credit'],
  ['sourceName', 'Source'],
  ['sourceUrl', 'Source link'],
  ['citingName', 'Citing'],
  ['citingUrl', 'Citing link'],
  ['language', 'Edition'],
  ['featured', 'Featured'],
  ['body', 'Body'],
];

/** Readable names of ids (sections, authors) for a diff; unknown ids are shown as they are. */
export type DiffNames = Partial<Record<'sectionId' | 'authorIds', Record<string, string>>>;

function fieldText(input: ArticleInput, field: keyof ArticleInput, names: DiffNames): string {
  const v = input[field];
  if (field === 'body') {
    try {
      return bodyToText(input.body);
    } catch {
      return '';
    }
  }
  const named = field === 'sectionId' || field === 'authorIds' ? names[field] : undefined;
  const name = (id: unknown) => (named && typeof id === 'string' ? (named[id] ?? id) : String(id));
  if (Array.isArray(v)) return v.map(name).join(', ');
  return v === null || v === undefined ? '' : name(v);
}

export type FieldDiff = { field: string; label: string; parts: { value: string; added?: true; removed?: true }[] };

/** Word-level differences of every changed field. */
export function diffSnapshots(from: Snapshot, to: Snapshot, names: DiffNames = {}): FieldDiff[] {
  const out: FieldDiff[] = [];
  const push = (field: string, label: string, a: string, b: string) => {
    if (a === b) return;
    out.push({
      field,
      label,
      parts: diffWordsWithSpace(a, b).map((p) => ({ value: p.value, ...(p.added ? { added: true as const } : {}), ...(p.removed ? { removed: true as const } : {}) })),
    });
  };
  for (const [field, label] of FIELDS) push(field, label, fieldText(from, field, names), fieldText(to, field, names));
  // Snapshots saved before corrections existed carry none: nothing to compare.
  if (from.corrections && to.corrections) push('corrections', 'Corrections and notes', correctionsText(from.corrections), correctionsText(to.corrections));
  return out;
}

/** A snapshot as revisions keep it: the fields, and the corrections shown with them (absent in old snapshots). */
type Snapshot = ArticleInput & { corrections?: CorrectionItem[] };

function correctionsText(items: NonNullable<Snapshot['corrections']>): string {
  return items.map((c) => `${CORRECTION_LABELS[c.kind] ?? c.kind} (${c.date.slice(0, 10)}): ${c.text}`).join('\n');
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order (JSONB reorders keys). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Whether two versions hold the same content (tags compared by slug, in any order). */
export function sameInput(a: ArticleInput, b: ArticleInput): boolean {
  const norm = (x: ArticleInput) => ({ ...x, tags: [...new Set(x.tags.map(slugify))].sort() });
  return canonical(norm(a)) === canonical(norm(b));
}
