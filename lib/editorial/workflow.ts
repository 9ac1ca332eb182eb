import type { PrismaClient } from '../generated/prisma/client';
import type { ArticleStatus, RevisionKind } from '../generated/prisma/enums';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { articleCacheTags, cacheKeysOf, loadEditable, siteTimeZone, toEditable, editInclude } from './articles';
import { editProblem, MESSAGES, recordRevision, type WriteOutcome } from './save';
import type { TransitionAction } from './types';

/**
 * The editorial workflow: draft → in review → scheduled / published →
 * unpublished. A pure table of allowed moves, and the transactional transition.
 */

export const TRANSITIONS: Record<TransitionAction, { from: ArticleStatus[]; to: ArticleStatus; kind: RevisionKind; needsPublish: boolean }> = {
  submit: { from: ['DRAFT', 'UNPUBLISHED'], to: 'IN_REVIEW', kind: 'SUBMIT', needsPublish: false },
  publish: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'PUBLISHED', kind: 'PUBLISH', needsPublish: true },
  schedule: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'SCHEDULED', kind: 'SCHEDULE', needsPublish: true },
  unpublish: { from: ['PUBLISHED'], to: 'UNPUBLISHED', kind: 'UNPUBLISH', needsPublish: true },
  draft: { from: ['IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'DRAFT', kind: 'SAVE', needsPublish: true },
};

const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
  UNPUBLISHED: 'unpublished',
};

/** Why a move is refused, or null. Pure: unit tested. */
export function transitionProblem(action: TransitionAction, status: ArticleStatus, scheduledAt: Date | null, now: Date): string | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status)) return `The article is ${STATUS_LABELS[status]}: it cannot be moved that way.`;
  if (action === 'schedule') {
    if (!scheduledAt || Number.isNaN(scheduledAt.getTime())) return 'Choose a date and time to publish.';
    if (scheduledAt.getTime() <= now.getTime() + 5_000) return 'Choose a time in the future.';
    if (scheduledAt.getTime() > now.getTime() + 366 * 86_400_000) return 'Choose a time within a year.';
  }
  return null;
}

export type TransitionRequest = { id: string; baseVersion: number; action: TransitionAction; scheduledAt?: string | null };

export async function transitionArticle(prisma: PrismaClient, user: SessionUser, req: TransitionRequest, now = new Date()): Promise<WriteOutcome> {
  const t = TRANSITIONS[req.action];
  if (t.needsPublish && !can(user.role, 'articles:publish')) {
    return { status: 403, result: { ok: false, error: 'forbidden', message: 'Only editors can publish, schedule or unpublish.' }, invalidate: [] };
  }
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${req.id} FOR UPDATE`;
    const row = await tx.article.findUnique({ where: { id: req.id }, include: editInclude });
    if (!row) return { status: 404, result: { ok: false, error: 'not-found', message: MESSAGES.notFound }, invalidate: [] };
    const denied = req.action === 'submit' ? editProblem(user, row) : null;
    if (denied) return { status: 403, result: { ok: false, error: 'forbidden', message: denied }, invalidate: [] };
    if (row.version !== req.baseVersion) {
      const current = toEditable(row, await siteTimeZone(tx));
      return {
        status: 409,
        result: { ok: false, error: 'conflict', message: `${current.modifiedBy ?? 'Someone'} changed this article after you opened it. Review their version first.`, current },
        invalidate: [],
      };
    }
    const scheduledAt = req.scheduledAt ? new Date(req.scheduledAt) : null;
    const problem = transitionProblem(req.action, row.status, scheduledAt, now);
    if (problem) return { status: 422, result: { ok: false, error: 'not-allowed', message: problem }, invalidate: [] };
    await tx.article.update({
      where: { id: row.id },
      data: {
        status: t.to,
        version: { increment: 1 },
        modifiedAt: now,
        modifiedById: user.id,
        scheduledAt: t.to === 'SCHEDULED' ? scheduledAt : null,
        // The first publication fixes the date in the URL; republishing keeps it.
        ...(t.to === 'PUBLISHED' ? { publishedAt: row.publishedAt ?? now } : {}),
      },
    });
    await recordRevision(tx, row.id, user.id, t.kind);
    const touchesPublic = row.status === 'PUBLISHED' || t.to === 'PUBLISHED';
    return {
      status: 200,
      result: { ok: true, article: (await loadEditable(tx, row.id))! },
      invalidate: touchesPublic ? articleCacheTags(await cacheKeysOf(tx, row.id)) : [],
    };
  });
}

/**
 * Publishes every scheduled article whose time has come. One UPDATE claims
 * the rows, so several instances (or a restart mid-way) never publish twice;
 * state lives in the database, so a restart misses nothing.
 */
export async function publishDueArticles(prisma: PrismaClient, now = new Date()): Promise<{ ids: string[]; invalidate: string[] }> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Article"
      SET "status" = 'PUBLISHED', "publishedAt" = COALESCE("publishedAt", "scheduledAt"), "scheduledAt" = NULL,
          "version" = "version" + 1, "modifiedAt" = ${now}
      WHERE "status" = 'SCHEDULED' AND "scheduledAt" <= ${now}
      RETURNING "id"`;
    const keys = [];
    for (const { id } of due) {
      await recordRevision(tx, id, null, 'PUBLISH');
      keys.push(await cacheKeysOf(tx, id));
    }
    return { ids: due.map((d) => d.id), invalidate: due.length ? articleCacheTags(...keys) : [] };
  });
}
