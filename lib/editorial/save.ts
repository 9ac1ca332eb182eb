import type { PrismaClient } from '../generated/prisma/client';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { loadEditable } from './articles';
import { isLive } from './types';
import { savePending } from './pending';
import {
  editProblem,
  fail,
  featuredFor,
  invalid,
  isOutcome,
  lockForWrite,
  MESSAGES,
  recordRevision,
  tagIdsFor,
  columns,
  validate,
  withinSearchIndex,
  writeArticle,
  type WriteOutcome,
} from './write';

/**
 * Creating and saving articles: validated, transactional, optimistically
 * locked by version. Drafts (and articles in review or unpublished) are saved
 * in place; a published or scheduled article's saves become pending changes
 * (./pending.ts) that readers never see until an editor applies them.
 */

export type { WriteOutcome } from './write';

export async function createArticle(prisma: PrismaClient, user: SessionUser, raw: unknown): Promise<WriteOutcome> {
  if (!can(user.role, 'articles:edit-own') && !can(user.role, 'articles:edit-any')) {
    return fail(403, { ok: false, error: 'forbidden', message: MESSAGES.forbidden });
  }
  return withinSearchIndex(() =>
    prisma.$transaction(async (tx) => {
      const v = await validate(tx, raw, null, user);
      if ('errors' in v) return invalid(v.errors);
      const { input } = v;
      const tagIds = await tagIdsFor(tx, input.tags, input.language);
      const created = await tx.article.create({
        data: {
          ...columns(input),
          featured: featuredFor(user, input, false),
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
    }),
  );
}

export type SaveRequest = { id: string; baseVersion: number; input: unknown; autosave?: boolean; force?: boolean };

/**
 * Saves the editor's fields (the Save button, Ctrl/Cmd+S, autosave). Never
 * changes what readers see: a live article's save is stored as pending
 * changes, so this returns no tags to invalidate.
 */
export async function saveArticle(prisma: PrismaClient, user: SessionUser, req: SaveRequest): Promise<WriteOutcome> {
  return withinSearchIndex(() =>
    prisma.$transaction(async (tx) => {
      const row = await lockForWrite(tx, req.id, req.baseVersion, req.force);
      if (isOutcome(row)) return row;
      const problem = editProblem(user, row);
      if (problem) return fail(403, { ok: false, error: 'forbidden', message: problem });
      const v = await validate(tx, req.input, row.id, user);
      if ('errors' in v) return invalid(v.errors);
      const kind = req.autosave ? 'AUTOSAVE' : 'SAVE';
      if (isLive(row.status)) return savePending(tx, row, user, v.input, kind);
      await writeArticle(tx, row, user, { ...v.input, featured: featuredFor(user, v.input, row.featured) }, new Date());
      await recordRevision(tx, row.id, user.id, kind);
      return { status: 200, result: { ok: true, article: (await loadEditable(tx, row.id))! }, invalidate: [] };
    }),
  );
}
