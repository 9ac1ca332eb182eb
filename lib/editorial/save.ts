import type { PrismaClient } from '../generated/prisma/client';
import type { RevisionKind } from '../generated/prisma/enums';
import { bodyToText } from '../blocks/schema';
import { can, canEditArticle } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { articleCacheTags, cacheKeysOf, editInclude, loadEditable, toEditable, siteTimeZone, type Db } from './articles';
import { articleInputSchema, fieldErrors, slugify, type ArticleInput, type FieldErrors } from './input';
import type { SaveResult } from './types';

/**
 * Creating and saving articles: validated, transactional, optimistically
 * locked by version. Returns the HTTP status, the result for the editor and
 * the cache tags the caller must invalidate.
 */

export type WriteOutcome = { status: number; result: SaveResult; invalidate: string[] };

const fail = (status: number, result: SaveResult): WriteOutcome => ({ status, result, invalidate: [] });

export const MESSAGES = {
  notFound: 'This article does not exist (it may have been deleted).',
  forbidden: 'You do not have permission to edit this article.',
  authorLocked: 'This article is scheduled or published: only editors can change it now.',
  invalid: 'Some fields need attention. Nothing was saved yet; your text is still here.',
} as const;

/** Authors edit their own drafts; editors and admins edit everything. */
export function editProblem(user: SessionUser, row: { createdById: string | null; status: string }): string | null {
  if (!canEditArticle(user.role, row.createdById === user.id)) return MESSAGES.forbidden;
  if (!can(user.role, 'articles:publish') && (row.status === 'PUBLISHED' || row.status === 'SCHEDULED')) return MESSAGES.authorLocked;
  return null;
}

/** Parses and checks references; field errors for anything wrong. */
async function validate(db: Db, raw: unknown, articleId: string | null): Promise<{ input: ArticleInput } | { errors: FieldErrors }> {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  const errors: FieldErrors = {};
  // One after another: inside a transaction they share one connection.
  const clash = await db.article.findFirst({ where: { slug: input.slug, ...(articleId ? { id: { not: articleId } } : {}) }, select: { id: true } });
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } });
  const hero = input.heroId ? await db.media.findUnique({ where: { id: input.heroId }, select: { id: true } }) : true;
  const authors = await db.author.count({ where: { id: { in: input.authorIds } } });
  if (clash) errors.slug = 'Another article already uses this slug';
  if (!section) errors.sectionId = 'Choose a section';
  if (!hero) errors.heroId = 'That image no longer exists';
  if (authors !== new Set(input.authorIds).size) errors.authorIds = 'Unknown author';
  return Object.keys(errors).length ? { errors } : { input };
}

/** Finds or creates tags by name (case-insensitively by slug). */
async function tagIdsFor(db: Db, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of [...new Set(names)]) {
    const slug = slugify(name);
    if (!slug) continue;
    const tag = await db.tag.upsert({ where: { slug }, update: {}, create: { slug, name }, select: { id: true } });
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return ids;
}

function columns(input: ArticleInput) {
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

/**
 * Records a revision. Consecutive autosaves by the same editor collapse into
 * one revision (updated in place) until someone else saves or a manual save,
 * publish or other change comes between.
 */
export async function recordRevision(db: Db, articleId: string, userId: string | null, kind: RevisionKind) {
  const row = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: editInclude });
  const snapshot = toEditable(row, 'UTC').input;
  if (kind === 'AUTOSAVE') {
    const last = await db.articleRevision.findFirst({ where: { articleId }, orderBy: { savedAt: 'desc' } });
    if (last && last.kind === 'AUTOSAVE' && last.userId === userId) {
      await db.articleRevision.update({ where: { id: last.id }, data: { version: row.version, status: row.status, snapshot, savedAt: new Date() } });
      return;
    }
  }
  await db.articleRevision.create({ data: { articleId, version: row.version, kind, status: row.status, snapshot, userId } });
}

export async function createArticle(prisma: PrismaClient, user: SessionUser, raw: unknown): Promise<WriteOutcome> {
  if (!can(user.role, 'articles:edit-own') && !can(user.role, 'articles:edit-any')) {
    return fail(403, { ok: false, error: 'forbidden', message: MESSAGES.forbidden });
  }
  return prisma.$transaction(async (tx) => {
    const v = await validate(tx, raw, null);
    if ('errors' in v) return fail(400, { ok: false, error: 'invalid', message: MESSAGES.invalid, fieldErrors: v.errors });
    const { input } = v;
    const tagIds = await tagIdsFor(tx, input.tags);
    const created = await tx.article.create({
      data: {
        ...columns(input),
        featured: can(user.role, 'articles:publish') ? input.featured : false,
        status: 'DRAFT',
        createdById: user.id,
        modifiedById: user.id,
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
        authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      },
      select: { id: true },
    });
    await recordRevision(tx, created.id, user.id, 'SAVE');
    const article = (await loadEditable(tx, created.id))!;
    return { status: 201, result: { ok: true, article }, invalidate: [] };
  });
}

export type SaveRequest = { id: string; baseVersion: number; input: unknown; autosave?: boolean; force?: boolean };

export async function saveArticle(prisma: PrismaClient, user: SessionUser, req: SaveRequest): Promise<WriteOutcome> {
  return prisma.$transaction(async (tx) => {
    // Lock the row: concurrent saves of one article are serialised here.
    await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${req.id} FOR UPDATE`;
    const row = await tx.article.findUnique({ where: { id: req.id }, include: editInclude });
    if (!row) return fail(404, { ok: false, error: 'not-found', message: MESSAGES.notFound });
    const problem = editProblem(user, row);
    if (problem) return fail(403, { ok: false, error: 'forbidden', message: problem });
    if (row.version !== req.baseVersion && !req.force) {
      const current = toEditable(row, await siteTimeZone(tx));
      const who = current.modifiedBy ?? 'Someone';
      return fail(409, {
        ok: false,
        error: 'conflict',
        message: `${who} saved this article at ${current.modifiedAt} after you opened it. Nothing was overwritten; your version is still in the editor.`,
        current,
      });
    }
    const v = await validate(tx, req.input, row.id);
    if ('errors' in v) return fail(400, { ok: false, error: 'invalid', message: MESSAGES.invalid, fieldErrors: v.errors });
    const { input } = v;
    const before = await cacheKeysOf(tx, row.id);
    const tagIds = await tagIdsFor(tx, input.tags);
    const now = new Date();
    await tx.articleTag.deleteMany({ where: { articleId: row.id } });
    await tx.articleAuthor.deleteMany({ where: { articleId: row.id } });
    await tx.article.update({
      where: { id: row.id },
      data: {
        ...columns(input),
        featured: can(user.role, 'articles:publish') ? input.featured : row.featured,
        version: { increment: 1 },
        modifiedAt: now,
        modifiedById: user.id,
        // Readers see "Updated" when a published article changes.
        ...(row.status === 'PUBLISHED' ? { updatedAt: now } : {}),
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
        authors: { create: input.authorIds.map((authorId, position) => ({ authorId, position })) },
      },
    });
    await recordRevision(tx, row.id, user.id, req.autosave ? 'AUTOSAVE' : 'SAVE');
    const article = (await loadEditable(tx, row.id))!;
    const live = row.status === 'PUBLISHED';
    return { status: 200, result: { ok: true, article }, invalidate: live ? articleCacheTags(before, await cacheKeysOf(tx, row.id)) : [] };
  });
}
