'use server';

import { adminAction, formValues, type FormState } from '@/lib/admin/action';
import type { AdminResult } from '@/lib/admin/result';
import type { AuditAction } from '@/lib/audit/actions';
import type { AuditEvent } from '@/lib/audit/log';
import { slugify } from '@/lib/editorial/input';
import { EDITION_CODES } from '@/lib/i18n/languages';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import {
  createAuthor,
  createSection,
  createTag,
  deleteAuthor,
  deleteSection,
  deleteTag,
  moveSection,
  renameTag,
  updateAuthor,
  updateSection,
  type SectionTranslations,
} from '@/lib/taxonomy/admin';

// Thin actions through adminAction (lib/admin/action.ts): authorize
// (taxonomy:manage) → lib/taxonomy/admin, which validates and names the cache
// tags it changed → invalidate.

export type TaxonomyFormState = FormState;

function run<T>(
  values: Record<string, string>,
  write: (db: PrismaClient) => Promise<AdminResult<T>>,
  audit: (value: T) => AuditEvent,
  success: (value: T) => string,
): Promise<TaxonomyFormState> {
  return adminAction({ permission: 'taxonomy:manage', values, page: '/admin/taxonomy', write, audit, success: (value) => ({ success: success(value) }) });
}

/** The audit entry of a change to a section, tag or author. */
const event =
  (action: AuditAction, type: 'section' | 'tag' | 'author', detail?: AuditEvent['detail']) =>
  (target: { id: string; name: string }): AuditEvent => ({ action, target: { type, id: target.id, label: target.name }, detail });

/** The slug typed, or one made from the name when left empty. */
const slugOr = <T extends { name: string; slug: string }>(values: T): T => ({ ...values, slug: values.slug.trim() || slugify(values.name) });

// Sections ------------------------------------------------------------------

/** The per-edition names and descriptions the form showed ("translations.uk.name"), flat (to keep what was typed) and as input. */
function sectionTranslations(formData: FormData) {
  const flat: Record<string, string> = {};
  const translations: SectionTranslations = {};
  for (const code of EDITION_CODES) {
    const name = formData.get(`translations.${code}.name`);
    const description = formData.get(`translations.${code}.description`);
    if (name === null && description === null) continue;
    const t = { name: typeof name === 'string' ? name : '', description: typeof description === 'string' ? description : '' };
    flat[`translations.${code}.name`] = t.name;
    flat[`translations.${code}.description`] = t.description;
    translations[code] = t;
  }
  return { flat, translations };
}

export async function createSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['name', 'slug', 'description']);
  const { flat, translations } = sectionTranslations(formData);
  return run(
    { ...values, ...flat },
    (db) => createSection(db, { ...slugOr(values), translations }),
    event('section.create', 'section'),
    (s) => `Created the section “${s.name}”.`,
  );
}

export async function updateSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id', 'name', 'description']);
  const { flat, translations } = sectionTranslations(formData);
  return run(
    { ...values, ...flat },
    (db) => updateSection(db, { ...values, translations }),
    event('section.update', 'section'),
    (s) => `Saved the section “${s.name}”.`,
  );
}

export async function moveSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id', 'direction']);
  return run(
    values,
    (db) => moveSection(db, values.id, values.direction === 'up' ? 'up' : 'down'),
    () => ({ action: 'section.move', target: { type: 'section', id: values.id }, detail: { direction: values.direction === 'up' ? 'up' : 'down' } }),
    () => 'Moved.',
  );
}

export async function deleteSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id']);
  return run(
    values,
    (db) => deleteSection(db, values.id),
    event('section.delete', 'section'),
    (s) => `Deleted the section “${s.name}”.`,
  );
}

// Tags ----------------------------------------------------------------------

export async function createTagAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['name', 'slug', 'language']);
  return run(
    values,
    (db) => createTag(db, slugOr(values)),
    event('tag.create', 'tag'),
    (t) => `Created the tag “${t.name}”.`,
  );
}

export async function renameTagAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id', 'name']);
  return run(
    values,
    (db) => renameTag(db, values),
    event('tag.rename', 'tag'),
    (t) => `Renamed the tag to “${t.name}”.`,
  );
}

export async function deleteTagAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id']);
  return run(
    values,
    (db) => deleteTag(db, values.id),
    ({ tag, articles }) => event('tag.delete', 'tag', { articles })(tag),
    ({ tag, articles }) => `Deleted the tag “${tag.name}”${articles ? ` and removed it from ${articles} article${articles === 1 ? '' : 's'}` : ''}.`,
  );
}

// Authors -------------------------------------------------------------------

const AUTHOR_FIELDS = ['name', 'slug', 'jobTitle', 'bio', 'photoId'] as const;

export async function createAuthorAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, AUTHOR_FIELDS);
  return run(
    values,
    (db) => createAuthor(db, slugOr(values)),
    event('author.create', 'author'),
    (a) => `Created the author “${a.name}”.`,
  );
}

export async function updateAuthorAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id', ...AUTHOR_FIELDS]);
  return run(
    values,
    (db) => updateAuthor(db, values),
    ({ author }) => event('author.update', 'author')(author),
    ({ author }) => `Saved the author “${author.name}”.`,
  );
}

export async function deleteAuthorAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = formValues(formData, ['id']);
  return run(
    values,
    (db) => deleteAuthor(db, values.id),
    event('author.delete', 'author'),
    (a) => `Deleted the author “${a.name}”.`,
  );
}
