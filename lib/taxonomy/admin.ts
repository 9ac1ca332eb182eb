import { EDITION_CODES } from '../i18n/languages';
import { z } from 'zod';
import { parseInput, refused, refusedField, saved, type AdminResult } from '../admin/result';
import { tags } from '../cache/tags';
import { SLUG_PATTERN } from '../editorial/input';
import type { PrismaClient } from '../generated/prisma/client';
import { controlMessage, isPlainLine, isPlainText } from '../validation/text';

/**
 * Sections, tags and authors: the admin's writes. Plain functions taking the
 * database explicitly (no Next.js), validated with zod, transactional. Each
 * returns an AdminResult (lib/admin/result.ts) naming the public cache tags
 * it changed: the entity's own tag (every public read showing a section, tag
 * or author carries it), `site` when the navigation or front-page blocks
 * change, and the tags under which a not-found page for a new slug was cached.
 */

const slugSchema = z
  .string()
  .trim()
  .min(1, 'Slug is required')
  .max(80, 'Slug is too long (80 characters at most)')
  .regex(SLUG_PATTERN, 'Slug: use lower-case letters, digits and single hyphens');
const nameSchema = (what: string, max: number) =>
  z.string().trim().min(1, `${what} is required`).max(max, `${what} is too long (${max} characters at most)`).refine(isPlainLine, controlMessage(what));
const idOf = (what: string) => z.uuid({ error: `Unknown ${what}.` });

const editionSchema = z.enum(EDITION_CODES, { error: 'Choose an edition' });

/** A section's name and description in one edition ('' = the plain ones). */
export const sectionTranslationSchema = z.object({
  name: z.string().trim().max(60, 'Name is too long (60 characters at most)').refine(isPlainLine, controlMessage('Name')).default(''),
  description: z.string().trim().max(500, 'Description is too long (500 characters at most)').refine(isPlainText, controlMessage('Description')).default(''),
});
export type SectionTranslations = Partial<Record<(typeof EDITION_CODES)[number], { name: string; description: string }>>;

export const sectionInputSchema = z.object({
  name: nameSchema('Name', 60),
  slug: slugSchema,
  description: z.string().trim().max(500, 'Description is too long (500 characters at most)').refine(isPlainText, controlMessage('Description')).default(''),
  /** Per edition code: {name, description}; an edition left empty shows the plain ones (ADR 021). */
  translations: z.partialRecord(editionSchema, sectionTranslationSchema).default({}),
});
export const sectionUpdateSchema = sectionInputSchema.omit({ slug: true }).extend({ id: idOf('section') });
export const tagInputSchema = z.object({ name: nameSchema('Name', 60), slug: slugSchema, language: editionSchema.default('en') });
export const tagRenameSchema = z.object({ id: idOf('tag'), name: nameSchema('Name', 60) });
export const authorInputSchema = z.object({
  name: nameSchema('Name', 120),
  slug: slugSchema,
  jobTitle: z.string().trim().max(120, 'Job title is too long (120 characters at most)').refine(isPlainLine, controlMessage('Job title')).default(''),
  bio: z.string().trim().max(2000, 'Bio is too long (2000 characters at most)').refine(isPlainText, controlMessage('Bio')).default(''),
  photoId: z
    .union([z.uuid({ error: 'Photo: choose an image from the library' }), z.literal('')])
    .nullable()
    .default(null)
    .transform((v) => v || null),
});
export const authorUpdateSchema = authorInputSchema.extend({ id: idOf('author') });

export type SectionInput = z.input<typeof sectionInputSchema>;
export type AuthorInput = z.input<typeof authorInputSchema>;

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2002';

// ---------------------------------------------------------------------------
// Sections

export async function listSections(db: PrismaClient) {
  const rows = await db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, description: true, translations: true, position: true, _count: { select: { articles: true } } },
  });
  return rows.map((r) => ({ ...r, translations: storedTranslations(r.translations) }));
}

/** The stored translations of a section, keeping only well-formed entries. */
export function storedTranslations(value: unknown): SectionTranslations {
  const out: SectionTranslations = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const code of EDITION_CODES) {
    const t = (value as Record<string, unknown>)[code];
    if (t && typeof t === 'object') {
      const { name, description } = t as Record<string, unknown>;
      out[code] = { name: typeof name === 'string' ? name : '', description: typeof description === 'string' ? description : '' };
    }
  }
  return out;
}

/**
 * `current` with the editions of `changes` replaced: an edition whose name
 * and description are both empty is removed (it shows the plain ones);
 * editions the form did not show are kept.
 */
export function mergeTranslations(current: unknown, changes: SectionTranslations): SectionTranslations {
  const out = storedTranslations(current);
  for (const code of EDITION_CODES) {
    const t = changes[code];
    if (!t) continue;
    if (t.name || t.description) out[code] = { name: t.name, description: t.description };
    else delete out[code];
  }
  return out;
}

/** A new section, last in the navigation (a section page asked for before it existed was cached under `site`). */
export async function createSection(db: PrismaClient, input: SectionInput) {
  const p = parseInput(sectionInputSchema, input, 'section');
  if (!p.ok) return p;
  const data = p.data;
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.section.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (clash) return refusedField('section', 'slug', `Slug “${data.slug}” is already used by the section “${clash.name}”.`, 409);
      const last = await tx.section.aggregate({ _max: { position: true } });
      const translations = mergeTranslations({}, data.translations);
      return saved(await tx.section.create({ data: { ...data, translations, position: (last._max.position ?? -1) + 1 } }), [tags.site]);
    });
  } catch (err) {
    if (isUniqueViolation(err)) return refusedField('section', 'slug', `Slug “${data.slug}” is already used by another section.`, 409);
    throw err;
  }
}

/** Renames a section and/or edits its description, also per edition (the slug, part of public URLs, stays). Names show in every page's chrome: tags.site. */
export async function updateSection(db: PrismaClient, input: z.input<typeof sectionUpdateSchema>) {
  const p = parseInput(sectionUpdateSchema, input, 'section');
  if (!p.ok) return p;
  const { id, ...data } = p.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.section.findUnique({ where: { id }, select: { id: true, translations: true } });
    if (!existing) return refused('That section no longer exists.', {}, 404);
    const translations = mergeTranslations(existing.translations, data.translations);
    return saved(await tx.section.update({ where: { id }, data: { ...data, translations } }), [tags.site, tags.section(id)]);
  });
}

/** Sets the order of sections: `ids` lists every section, first to last. */
export async function reorderSections(db: PrismaClient, ids: string[]): Promise<AdminResult<string[]>> {
  const p = parseInput(z.array(idOf('section')).min(1, 'No sections to order.'), ids, 'order of sections');
  if (!p.ok) return p;
  const list = p.data;
  return db.$transaction(async (tx) => {
    const all = await tx.section.findMany({ select: { id: true } });
    const known = new Set(all.map((s) => s.id));
    if (new Set(list).size !== list.length || list.length !== known.size || !list.every((id) => known.has(id))) {
      return refused('The list of sections changed meanwhile. Reload the page and try again.', {}, 409);
    }
    for (const [position, id] of list.entries()) await tx.section.update({ where: { id }, data: { position } });
    // The order shows in the navigation and the front page's section blocks.
    return saved(list, [tags.site]);
  });
}

/** Moves one section up or down by one place (positions are renumbered 0..n-1). */
export async function moveSection(db: PrismaClient, id: string, direction: 'up' | 'down') {
  const p = parseInput(idOf('section'), id, 'section');
  if (!p.ok) return p;
  const order = (await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } })).map((s) => s.id);
  const i = order.indexOf(p.data);
  if (i < 0) return refused('That section no longer exists.', {}, 404);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (j >= 0 && j < order.length) [order[i], order[j]] = [order[j], order[i]];
  return reorderSections(db, order);
}

export async function deleteSection(db: PrismaClient, id: string) {
  const p = parseInput(idOf('section'), id, 'section');
  if (!p.ok) return p;
  const sectionId = p.data;
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: sectionId }, select: { id: true, name: true, _count: { select: { articles: true } } } });
    if (!section) return refused('That section no longer exists.', {}, 404);
    const used = section._count.articles;
    if (used > 0) {
      return refused(
        `The section “${section.name}” cannot be deleted: ${used} article${used === 1 ? ' is' : 's are'} filed in it. Move ${used === 1 ? 'it' : 'them'} to another section first.`,
        {},
        409,
      );
    }
    await tx.section.delete({ where: { id: sectionId } });
    return saved({ id: section.id, name: section.name }, [tags.site, tags.section(section.id)]);
  });
}

// ---------------------------------------------------------------------------
// Tags

/** Every tag, or those of one edition. */
export async function listTags(db: PrismaClient, edition?: string) {
  return db.tag.findMany({
    where: edition ? { language: edition } : {},
    orderBy: [{ name: 'asc' }, { language: 'asc' }],
    select: { id: true, slug: true, name: true, language: true, _count: { select: { articles: true } } },
  });
}

/** A new tag of one edition (a tag page asked for before it existed was cached as not found under its edition's `latest`). */
export async function createTag(db: PrismaClient, input: Omit<z.input<typeof tagInputSchema>, 'language'> & { language?: string }) {
  const p = parseInput(tagInputSchema, input, 'tag');
  if (!p.ok) return p;
  const data = p.data;
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.tag.findUnique({ where: { slug: data.slug }, select: { name: true } });
      if (clash) return refusedField('tag', 'slug', `Slug “${data.slug}” is already used by the tag “${clash.name}”.`, 409);
      if (!(await tx.edition.findUnique({ where: { code: data.language }, select: { code: true } }))) return refusedField('tag', 'language', 'Choose an edition');
      const named = await tx.tag.findFirst({ where: { language: data.language, name: { equals: data.name, mode: 'insensitive' } }, select: { slug: true } });
      if (named) return refusedField('tag', 'name', `This edition already has the tag “${data.name}” (/tag/${named.slug}).`, 409);
      const tag = await tx.tag.create({ data });
      return saved(tag, [tags.latest(tag.language)]);
    });
  } catch (err) {
    if (isUniqueViolation(err)) return refusedField('tag', 'slug', `Slug “${data.slug}” is already used by another tag.`, 409);
    throw err;
  }
}

/** Renames a tag (its slug, part of public URLs, stays). Article pages showing it carry its tag. */
export async function renameTag(db: PrismaClient, input: z.input<typeof tagRenameSchema>) {
  const p = parseInput(tagRenameSchema, input, 'tag');
  if (!p.ok) return p;
  const { id, name } = p.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.tag.findUnique({ where: { id }, select: { id: true } });
    if (!existing) return refused('That tag no longer exists.', {}, 404);
    const tag = await tx.tag.update({ where: { id }, data: { name } });
    return saved(tag, [tags.tag(id)]);
  });
}

/** Deletes a tag, removing it from every article. Returns how many articles had it. */
export async function deleteTag(db: PrismaClient, id: string) {
  const p = parseInput(idOf('tag'), id, 'tag');
  if (!p.ok) return p;
  const tagId = p.data;
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { id: true, name: true } });
    if (!tag) return refused('That tag no longer exists.', {}, 404);
    const { count } = await tx.articleTag.deleteMany({ where: { tagId } });
    await tx.tag.delete({ where: { id: tagId } });
    return saved({ tag, articles: count }, [tags.tag(tagId)]);
  });
}

// ---------------------------------------------------------------------------
// Authors

export async function listAuthors(db: PrismaClient) {
  return db.author.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      jobTitle: true,
      bio: true,
      photoId: true,
      photo: { select: { id: true, filename: true, width: true, height: true, alt: true } },
      _count: { select: { articles: true } },
    },
  });
}

/** Why an author's slug or photo cannot be used, or null. */
async function authorProblem(tx: Pick<PrismaClient, 'author' | 'media'>, data: { slug: string; photoId: string | null }, exceptId?: string) {
  const clash = await tx.author.findUnique({ where: { slug: data.slug }, select: { id: true, name: true } });
  if (clash && clash.id !== exceptId) return refusedField('author', 'slug', `Slug “${data.slug}” is already used by the author “${clash.name}”.`, 409);
  if (data.photoId && !(await tx.media.findUnique({ where: { id: data.photoId }, select: { id: true } }))) {
    return refusedField('author', 'photoId', 'Photo: that image is no longer in the library.');
  }
  return null;
}

/** A new author (an author page asked for before it existed was cached as not found under `latest`). */
export async function createAuthor(db: PrismaClient, input: AuthorInput) {
  const p = parseInput(authorInputSchema, input, 'author');
  if (!p.ok) return p;
  const data = p.data;
  try {
    return await db.$transaction(async (tx) => {
      const problem = await authorProblem(tx, data);
      if (problem) return problem;
      return saved(
        await tx.author.create({ data }),
        EDITION_CODES.map((code) => tags.latest(code)),
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) return refusedField('author', 'slug', `Slug “${data.slug}” is already used by another author.`, 409);
    throw err;
  }
}

/** Edits an author. Article pages crediting them and their author page carry the author's tag. */
export async function updateAuthor(db: PrismaClient, input: z.input<typeof authorUpdateSchema>) {
  const p = parseInput(authorUpdateSchema, input, 'author');
  if (!p.ok) return p;
  const { id, ...data } = p.data;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.author.findUnique({ where: { id }, select: { id: true, slug: true } });
      if (!existing) return refused('That author no longer exists.', {}, 404);
      const problem = await authorProblem(tx, data, id);
      if (problem) return problem;
      const author = await tx.author.update({ where: { id }, data });
      // A changed slug: the old author page (cached under the author's tag) becomes a 404.
      return saved({ author, previousSlug: existing.slug }, [tags.author(id)]);
    });
  } catch (err) {
    if (isUniqueViolation(err)) return refusedField('author', 'slug', `Slug “${data.slug}” is already used by another author.`, 409);
    throw err;
  }
}

export async function deleteAuthor(db: PrismaClient, id: string) {
  const p = parseInput(idOf('author'), id, 'author');
  if (!p.ok) return p;
  const authorId = p.data;
  return db.$transaction(async (tx) => {
    const author = await tx.author.findUnique({ where: { id: authorId }, select: { id: true, name: true, _count: { select: { articles: true } } } });
    if (!author) return refused('That author no longer exists.', {}, 404);
    const used = author._count.articles;
    if (used > 0) {
      return refused(
        `The author “${author.name}” cannot be deleted: ${used} article${used === 1 ? ' credits' : 's credit'} them. Remove them from ${used === 1 ? 'that article' : 'those articles'} first.`,
        {},
        409,
      );
    }
    await tx.author.delete({ where: { id: authorId } });
    return saved({ id: author.id, name: author.name }, [tags.author(author.id)]);
  });
}
