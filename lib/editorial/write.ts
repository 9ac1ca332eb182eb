import type { Prisma } from '../generated/prisma/client';
import type { RevisionKind } from '../generated/prisma/enums';
import { bodyToText } from '../blocks/schema';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { mayEditArticle } from './access';
import { recordUrlChange } from '../redirects/auto';
import { pathContext } from '../editions/bases';
import { editInclude, toEditable, toInput, type Db, type EditRow } from './articles';
import { fieldErrors, type FieldErrors } from '../validation/errors';
import { articleInputSchema, slugify, transliterate, type ArticleInput } from './input';
import { editionLabel } from '../editions/labels';
import type { SaveResult } from './types';
import { correctionItem, type CorrectionItem } from '../corrections/input';

/**
 * The building blocks every editorial write shares: the outcome shape, the
 * row lock with its version check, validation, writing the editable fields
 * and recording a revision. Callers run them inside one transaction.
 */

/** A revision's snapshot: the editable fields, and the corrections shown with them. */
export type RevisionSnapshot = ArticleInput & { corrections?: CorrectionItem[] };

/** HTTP status, the editor's result, and the cache tags the caller must invalidate. */
export type WriteOutcome = { status: number; result: SaveResult; invalidate: string[] };

export const fail = (status: number, result: SaveResult): WriteOutcome => ({ status, result, invalidate: [] });

export const MESSAGES = {
  notFound: 'This article does not exist (it may have been deleted).',
  forbidden: 'You do not have permission to edit this article.',
  invalid: 'Some fields need attention. Nothing was saved yet; your text is still here.',
  noPending: 'There are no unpublished changes to this article.',
  publishOnly: 'Only editors can publish, schedule or unpublish.',
} as const;

/** Authors edit their own articles (their changes to live ones wait for an editor); editors and admins edit everything. */
export function editProblem(user: SessionUser, row: { createdById: string | null }): string | null {
  return mayEditArticle(user, row) ? null : MESSAGES.forbidden;
}

/**
 * Locks the article row (concurrent writes to one article are serialised
 * here) and checks the version the client based its change on. Returns the
 * row, or the 404 / 409 outcome. `force` skips the version check.
 */
export async function lockForWrite(tx: Db, id: string, baseVersion: number, force = false): Promise<EditRow | WriteOutcome> {
  await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${id} FOR UPDATE`;
  const row = await tx.article.findUnique({ where: { id }, include: editInclude });
  if (!row) return fail(404, { ok: false, error: 'not-found', message: MESSAGES.notFound });
  if (row.version !== baseVersion && !force) {
    const current = toEditable(row, await pathContext(tx));
    return fail(409, {
      ok: false,
      error: 'conflict',
      message: `${current.modifiedBy ?? 'Someone'} saved this article at ${current.modifiedAt} after you opened it. Nothing was overwritten; your version is still in the editor.`,
      current,
    });
  }
  return row;
}

export const isOutcome = (x: unknown): x is WriteOutcome => !!x && typeof x === 'object' && 'result' in x && 'status' in x;

/**
 * Parses and checks references; field errors for anything wrong. Tags are
 * picked by name; a name no tag has yet is created on save, but only for
 * staff who manage the taxonomy (editors): for others it is a field error.
 */
export async function validate(db: Db, raw: unknown, articleId: string | null, user: Pick<SessionUser, 'role'>): Promise<{ input: ArticleInput } | { errors: FieldErrors }> {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  const errors: FieldErrors = {};
  // One after another: inside a transaction they share one connection.
  const clash = await db.article.findFirst({ where: { slug: input.slug, ...(articleId ? { id: { not: articleId } } : {}) }, select: { id: true } });
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } });
  const hero = input.heroId ? await db.media.findUnique({ where: { id: input.heroId }, select: { id: true } }) : true;
  const authors = await db.author.count({ where: { id: { in: input.authorIds } } });
  const edition = await db.edition.findUnique({ where: { code: input.language }, select: { code: true } });
  const tagProblem = await tagsProblem(db, input.tags, input.language, can(user.role, 'taxonomy:manage'));
  const sibling = articleId ? await editionTaken(db, articleId, input.language) : null;
  if (clash) errors.slug = 'Another article already uses this slug';
  if (!section) errors.sectionId = 'Choose a section';
  if (!hero) errors.heroId = 'That image no longer exists';
  if (authors !== new Set(input.authorIds).size) errors.authorIds = 'Unknown author';
  if (tagProblem) errors.tags = tagProblem;
  if (!edition) errors.language = 'Choose an edition';
  else if (sibling)
    errors.language = `This story already has a ${editionLabel(input.language)} version (“${sibling.title}”) among its translations. Unlink one of them in the Translations panel first, or keep this article’s edition.`;
  return Object.keys(errors).length ? { errors } : { input };
}

/** Another version of `articleId`'s story in `language` (same translation group), if there is one. */
async function editionTaken(db: Db, articleId: string, language: string) {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { translationGroup: true } });
  if (!row?.translationGroup) return null;
  return db.article.findFirst({ where: { translationGroup: row.translationGroup, language, id: { not: articleId } }, select: { id: true, title: true } });
}

export const invalid = (errors: FieldErrors) => fail(400, { ok: false, error: 'invalid', message: MESSAGES.invalid, fieldErrors: errors });

export const SEARCH_INDEX_TOO_LARGE =
  'The article is too long for the search index (PostgreSQL indexes at most 1 MB of words per article). Shorten the body or split the story in two.';

/**
 * Runs an article write; when PostgreSQL refuses the generated search
 * column ("string is too long for tsvector", over 1 MB; title and
 * standfirst are short, so it is the body), answers 400 naming the body
 * instead of failing. The transaction was rolled back: nothing was written.
 */
export async function withinSearchIndex(write: () => Promise<WriteOutcome>): Promise<WriteOutcome> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && /too long for tsvector/.test(error.message)) return invalid({ body: SEARCH_INDEX_TOO_LARGE });
    throw error;
  }
}

type FoundTag = { id: string; name: string; language: string };

/**
 * The tag each of `names` picks: a tag of `language` with that name
 * (case-insensitively) or slug, else a tag of another edition with that
 * name (which validate() refuses: tags are per edition, ADR 021), else none yet.
 */
async function findTags(db: Db, names: string[], language: string): Promise<(FoundTag | null)[]> {
  if (!names.length) return [];
  const slugs = names.map(tagSlug);
  const select = { id: true, name: true, slug: true, language: true } as const;
  const sameName = names.map((name) => ({ name: { equals: name, mode: 'insensitive' as const } }));
  const own = await db.tag.findMany({ where: { language, OR: [...sameName, { slug: { in: slugs.filter(Boolean) } }] }, select });
  const other = await db.tag.findMany({ where: { language: { not: language }, OR: sameName }, select });
  const named = (list: typeof own, name: string) => list.find((t) => t.name.toLowerCase() === name.toLowerCase());
  return names.map((name, i) => named(own, name) ?? own.find((t) => slugs[i] && t.slug === slugs[i]) ?? named(other, name) ?? null);
}

/**
 * Why the tags cannot go on an article of `language`, or null: a tag of
 * another edition, or a name no tag has yet from someone who may not create tags.
 */
async function tagsProblem(db: Db, names: string[], language: string, mayCreate: boolean): Promise<string | null> {
  const found = await findTags(db, names, language);
  for (const [i, tag] of found.entries()) {
    if (tag && tag.language !== language) {
      return `The tag “${tag.name}” belongs to the ${editionLabel(tag.language)} edition: an article of the ${editionLabel(language)} edition takes tags of its own edition. Remove it or pick another.`;
    }
    if (!tag && !mayCreate) return `There is no tag “${names[i]}” in the ${editionLabel(language)} edition: pick an existing tag (editors create new ones).`;
  }
  return null;
}

/** The slug a tag name makes, in Latin letters ("Київ" → "kyiv"). */
function tagSlug(name: string): string {
  return slugify(transliterate(name));
}

/** A slug for a new tag of `language`: the name's, or with the edition's code when another edition's tag has it ("kyiv-uk"). */
async function freeTagSlug(db: Db, slug: string, language: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : n === 2 ? `${slug}-${language}` : `${slug}-${language}-${n - 1}`;
    if (!(await db.tag.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

/** Finds or creates tags of `language` by name; validate() refused other editions' tags and new names from those who may not create tags. */
export async function tagIdsFor(db: Db, names: string[], language: string): Promise<string[]> {
  const unique = [...new Set(names)];
  const found = await findTags(db, unique, language);
  const ids: string[] = [];
  const created = new Map<string, string>();
  for (const [i, name] of unique.entries()) {
    let id = found[i]?.language === language ? found[i]!.id : undefined;
    if (!id) {
      const slug = tagSlug(name);
      if (!slug) continue;
      // "Kyiv" and "kyiv" in one save are one new tag.
      id = created.get(slug) ?? (await db.tag.create({ data: { slug: await freeTagSlug(db, slug, language), name, language }, select: { id: true } })).id;
      created.set(slug, id);
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The article columns that hold the editable fields (not tags, authors or featured). */
export function columns(input: ArticleInput) {
  return {
    title: input.title,
    slug: input.slug,
    standfirst: input.standfirst,
    body: input.body,
    bodyText: bodyToText(input.body),
    language: input.language,
    sectionId: input.sectionId,
    heroId: input.heroId,
    heroAlt: input.heroAlt,
    heroCaption: input.heroCaption,
    heroCredit: input.heroCredit,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    citingName: input.citingName,
    citingUrl: input.citingUrl,
  };
}

/** Whether `user` may set the front-page flag; otherwise `fallback` is kept. */
export function featuredFor(user: SessionUser, input: ArticleInput, fallback: boolean): boolean {
  return can(user.role, 'articles:publish') ? input.featured : fallback;
}

/**
 * Writes validated fields into the article row itself, with its tags and
 * authors, and a new version (`extra.updatedAt`: readers see "Updated"). A
 * new slug of a once-published article keeps its old URL answering 301
 * (lib/redirects/auto.ts).
 */
export async function writeArticle(
  tx: Db,
  row: EditRow,
  user: SessionUser | null,
  input: ArticleInput,
  now: Date,
  extra: Pick<Prisma.ArticleUncheckedUpdateInput, 'updatedAt'> = {},
) {
  if (row.publishedAt && (row.slug !== input.slug || row.language !== input.language)) await recordUrlChange(tx, row, input, await pathContext(tx));
  const tagIds = await tagIdsFor(tx, input.tags, input.language);
  await tx.articleTag.deleteMany({ where: { articleId: row.id } });
  await tx.articleAuthor.deleteMany({ where: { articleId: row.id } });
  await tx.article.update({
    where: { id: row.id },
    data: {
      ...columns(input),
      featured: input.featured,
      version: { increment: 1 },
      modifiedAt: now,
      modifiedById: user?.id ?? null,
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
      authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      ...extra,
    },
  });
}

/** Moves the version on without touching the fields (a pending save, discard or submission). */
export async function bumpVersion(tx: Db, id: string, user: SessionUser, now: Date) {
  await tx.article.update({ where: { id }, data: { version: { increment: 1 }, modifiedAt: now, modifiedById: user.id } });
}

/**
 * Records a revision: a snapshot of the article's fields, or of `pending`
 * changes when given. Consecutive autosaves by the same editor (of the same
 * kind of snapshot) collapse into one revision, updated in place, until
 * someone else saves or a manual save, publish or other change comes between.
 */
export async function recordRevision(db: Db, articleId: string, userId: string | null, kind: RevisionKind, pending?: ArticleInput) {
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { tags: editInclude.tags, authors: editInclude.authors, corrections: { orderBy: [{ date: 'asc' }, { createdAt: 'asc' }] } },
  });
  // Corrections and editor's notes go live on their own (lib/corrections); every
  // snapshot carries them as they stood, so the history shows when each changed.
  const snapshot: RevisionSnapshot = { ...(pending ?? toInput(row)), corrections: row.corrections.map(correctionItem) };
  const isPending = pending !== undefined;
  if (kind === 'AUTOSAVE') {
    const last = await db.articleRevision.findFirst({ where: { articleId }, orderBy: { savedAt: 'desc' } });
    if (last && last.kind === 'AUTOSAVE' && last.userId === userId && last.pending === isPending) {
      await db.articleRevision.update({ where: { id: last.id }, data: { version: row.version, status: row.status, snapshot, savedAt: new Date() } });
      return;
    }
  }
  await db.articleRevision.create({ data: { articleId, version: row.version, kind, status: row.status, snapshot, pending: isPending, userId } });
}
