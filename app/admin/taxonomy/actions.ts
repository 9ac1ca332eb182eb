'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { authorize } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache/tags';
import { slugify } from '@/lib/editorial/input';
import {
  authorInputSchema,
  authorUpdateSchema,
  createAuthor,
  createSection,
  createTag,
  deleteAuthor,
  deleteSection,
  deleteTag,
  fieldErrorsOf,
  moveSection,
  renameTag,
  sectionInputSchema,
  sectionUpdateSchema,
  tagInputSchema,
  tagRenameSchema,
  TaxonomyError,
  updateAuthor,
  updateSection,
} from '@/lib/taxonomy/admin';
import type { z } from 'zod';

// Thin actions: authorize (taxonomy:manage) → validate → lib/taxonomy/admin →
// invalidate the public caches that show what changed.

export type TaxonomyFormState = {
  error?: string;
  success?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, so the form keeps it on error. */
  values?: Record<string, string>;
  /** Bumped on success so forms can reset. */
  done?: number;
};

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');
const read = <K extends string>(formData: FormData, names: readonly K[]) =>
  Object.fromEntries(names.map((n) => [n, str(formData.get(n))])) as Record<K, string>;

async function run(
  values: Record<string, string>,
  what: string,
  check: [schema: z.ZodType, input: unknown] | null,
  write: () => Promise<{ success: string; invalidate: string[] }>,
): Promise<TaxonomyFormState> {
  const auth = await authorize('taxonomy:manage');
  if (!auth.ok) return { error: auth.error, values };
  if (check) {
    const fieldErrors = fieldErrorsOf(check[0], check[1]);
    if (fieldErrors) return { error: `The ${what} was not saved. Check the fields below.`, fieldErrors, values };
  }
  try {
    const out = await write();
    if (out.invalidate.length) await invalidate(out.invalidate);
    revalidatePath('/admin/taxonomy');
    return { success: out.success, done: Date.now() };
  } catch (err) {
    if (err instanceof TaxonomyError) {
      return err.field
        ? { error: `The ${what} was not saved. Check the fields below.`, fieldErrors: { [err.field]: err.message }, values }
        : { error: err.message, values };
    }
    throw err;
  }
}

/** The slug typed, or one made from the name when left empty. */
const slugOr = <T extends { name: string; slug: string }>(values: T): T => ({ ...values, slug: values.slug.trim() || slugify(values.name) });

// Sections ------------------------------------------------------------------

export async function createSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['name', 'slug', 'description']);
  const input = slugOr(values);
  return run(values, 'section', [sectionInputSchema, input], async () => {
    const s = await createSection(db(), input);
    return { success: `Created the section “${s.name}”.`, invalidate: [tags.site, tags.latest] };
  });
}

export async function updateSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id', 'name', 'description']);
  return run(values, 'section', [sectionUpdateSchema, values], async () => {
    const s = await updateSection(db(), values);
    return { success: `Saved the section “${s.name}”.`, invalidate: [tags.site, tags.section(s.id), tags.latest] };
  });
}

export async function moveSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id', 'direction']);
  return run(values, 'order of sections', null, async () => {
    const ids = await moveSection(db(), values.id, values.direction === 'up' ? 'up' : 'down');
    return { success: 'Moved.', invalidate: [tags.site, tags.latest, ...ids.map((id) => tags.section(id))] };
  });
}

export async function deleteSectionAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id']);
  return run(values, 'section', null, async () => {
    const s = await deleteSection(db(), values.id);
    return { success: `Deleted the section “${s.name}”.`, invalidate: [tags.site, tags.section(s.id), tags.latest] };
  });
}

// Tags ----------------------------------------------------------------------

export async function createTagAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['name', 'slug']);
  const input = slugOr(values);
  return run(values, 'tag', [tagInputSchema, input], async () => {
    const t = await createTag(db(), input);
    // A tag page asked for before the tag existed was cached as "not found" under tags.latest.
    return { success: `Created the tag “${t.name}”.`, invalidate: [tags.tag(t.id), tags.latest] };
  });
}

export async function renameTagAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id', 'name']);
  return run(values, 'tag', [tagRenameSchema, values], async () => {
    const { tag } = await renameTag(db(), values);
    // Article pages showing the tag are tagged with tags.tag(id) too.
    return { success: `Renamed the tag to “${tag.name}”.`, invalidate: [tags.tag(tag.id), tags.latest] };
  });
}

export async function deleteTagAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id']);
  return run(values, 'tag', null, async () => {
    const { tag, articleIds } = await deleteTag(db(), values.id);
    return {
      success: `Deleted the tag “${tag.name}”${articleIds.length ? ` and removed it from ${articleIds.length} article${articleIds.length === 1 ? '' : 's'}` : ''}.`,
      invalidate: [tags.tag(tag.id), tags.latest, ...articleIds.map((id) => tags.article(id))],
    };
  });
}

// Authors -------------------------------------------------------------------

const AUTHOR_FIELDS = ['name', 'slug', 'jobTitle', 'bio', 'photoId'] as const;

export async function createAuthorAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, AUTHOR_FIELDS);
  const input = slugOr(values);
  return run(values, 'author', [authorInputSchema, input], async () => {
    const a = await createAuthor(db(), input);
    return { success: `Created the author “${a.name}”.`, invalidate: [tags.author(a.id), tags.latest] };
  });
}

export async function updateAuthorAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id', ...AUTHOR_FIELDS]);
  return run(values, 'author', [authorUpdateSchema, values], async () => {
    const { author, articleIds } = await updateAuthor(db(), values);
    // Bylines on article pages show the name and job title.
    return { success: `Saved the author “${author.name}”.`, invalidate: [tags.author(author.id), tags.latest, ...articleIds.map((id) => tags.article(id))] };
  });
}

export async function deleteAuthorAction(_prev: TaxonomyFormState, formData: FormData): Promise<TaxonomyFormState> {
  const values = read(formData, ['id']);
  return run(values, 'author', null, async () => {
    const a = await deleteAuthor(db(), values.id);
    return { success: `Deleted the author “${a.name}”.`, invalidate: [tags.author(a.id), tags.latest] };
  });
}
