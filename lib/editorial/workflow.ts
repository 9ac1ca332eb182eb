import type { AuditAction } from '../audit/actions';
import { recordAudit, SYSTEM_ADDRESS } from '../audit/log';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { ArticleStatus, RevisionKind } from '../generated/prisma/enums';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { articleCacheTags, cacheKeysOf, loadEditable } from './articles';
import { applyPending, liveKeys, pendingAction } from './pending';
import { isLive, PENDING_ACTIONS, type PendingAction, type StatusAction, type TransitionAction } from './types';
import { editProblem, fail, invalid, isOutcome, lockForWrite, MESSAGES, recordRevision, withinSearchIndex, type WriteOutcome } from './write';

/**
 * The editorial workflow: draft → in review → scheduled / published →
 * unpublished. A pure table of allowed moves, and the transactional transition.
 */

export const TRANSITIONS: Record<StatusAction, { from: ArticleStatus[]; to: ArticleStatus; kind: RevisionKind; needsPublish: boolean }> = {
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
export function transitionProblem(action: StatusAction, status: ArticleStatus, scheduledAt: Date | null, now: Date): string | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status)) return `The article is ${STATUS_LABELS[status]}: it cannot be moved that way.`;
  if (action === 'schedule') {
    if (!scheduledAt || Number.isNaN(scheduledAt.getTime())) return 'Choose a date and time to publish.';
    if (scheduledAt.getTime() <= now.getTime() + 5_000) return 'Choose a time in the future.';
    if (scheduledAt.getTime() > now.getTime() + 366 * 86_400_000) return 'Choose a time within a year.';
  }
  return null;
}

export type TransitionRequest = {
  id: string;
  baseVersion: number;
  action: TransitionAction;
  scheduledAt?: string | null;
  /** Where the request came from, for the audit log (lib/audit/address.ts). */
  address?: string;
};

/** The audit log's name of each move. */
const AUDIT_OF: Record<TransitionAction, AuditAction> = {
  submit: 'article.submit',
  publish: 'article.publish',
  schedule: 'article.schedule',
  unpublish: 'article.unpublish',
  draft: 'article.draft',
  update: 'article.update',
  discard: 'article.discard',
  'submit-changes': 'article.submit-changes',
};

/**
 * A status change, or an action on pending changes (./pending.ts). Moves that
 * keep the article live from a scheduled one (Publish now, Reschedule) apply
 * its pending changes, since the editor chose them; moves that take it out of
 * the live state (Unpublish, Back to draft) fold them into the row, which
 * readers no longer see (if they no longer validate, they are dropped: they
 * stay in the revision history). A move that happens is recorded in the
 * audit log in the same transaction.
 */
export async function transitionArticle(prisma: PrismaClient, user: SessionUser, req: TransitionRequest, now = new Date()): Promise<WriteOutcome> {
  const pendingOnly = (PENDING_ACTIONS as readonly string[]).includes(req.action);
  const t = pendingOnly ? null : TRANSITIONS[req.action as StatusAction];
  if (t?.needsPublish && !can(user.role, 'articles:publish')) return fail(403, { ok: false, error: 'forbidden', message: MESSAGES.publishOnly });
  return withinSearchIndex(() =>
    prisma.$transaction(async (tx) => {
      const outcome = await move(tx, user, req, t, now);
      if (outcome.result.ok) {
        const { article } = outcome.result;
        await recordAudit(tx, {
          actor: user,
          address: req.address ?? '',
          action: AUDIT_OF[req.action],
          target: { type: 'article', id: article.id, label: (article.live ?? article.input).title },
          detail: req.action === 'schedule' && article.scheduledAt ? { scheduledAt: article.scheduledAt } : undefined,
          at: now,
        });
      }
      return outcome;
    }),
  );
}

async function move(tx: Prisma.TransactionClient, user: SessionUser, req: TransitionRequest, t: (typeof TRANSITIONS)[StatusAction] | null, now: Date): Promise<WriteOutcome> {
  const row = await lockForWrite(tx, req.id, req.baseVersion);
  if (isOutcome(row)) return row;
  if (!t) return pendingAction(tx, row, user, req.action as PendingAction, now);
  const denied = req.action === 'submit' ? editProblem(user, row) : null;
  if (denied) return fail(403, { ok: false, error: 'forbidden', message: denied });
  const scheduledAt = req.scheduledAt ? new Date(req.scheduledAt) : null;
  const problem = transitionProblem(req.action as StatusAction, row.status, scheduledAt, now);
  if (problem) return fail(422, { ok: false, error: 'not-allowed', message: problem });
  if (row.pending && isLive(row.status)) {
    const applied = await applyPending(tx, row, user, now);
    const leaving = !isLive(t.to);
    if (applied && 'errors' in applied) {
      if (!leaving) return invalid(applied.errors);
      await tx.articlePending.delete({ where: { articleId: row.id } });
    }
  }
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
  // Before and after: an unpublished article leaves the lists it was in.
  return {
    status: 200,
    result: { ok: true, article: (await loadEditable(tx, row.id))! },
    invalidate: touchesPublic ? articleCacheTags(liveKeys(row), await cacheKeysOf(tx, row.id)) : [],
  };
}

/**
 * Publishes every scheduled article whose time has come. One UPDATE claims
 * the rows, so several instances (or a restart mid-way) never publish twice;
 * state lives in the database, so a restart misses nothing. Pending changes
 * made after scheduling stay pending: the version the editor scheduled goes
 * live, never edits nobody applied.
 */
export async function publishDueArticles(prisma: PrismaClient, now = new Date()): Promise<{ ids: string[]; invalidate: string[] }> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; title: string }[]>`
      UPDATE "Article"
      SET "status" = 'PUBLISHED', "publishedAt" = COALESCE("publishedAt", "scheduledAt"), "scheduledAt" = NULL,
          "version" = "version" + 1, "modifiedAt" = ${now}
      WHERE "status" = 'SCHEDULED' AND "scheduledAt" <= ${now}
      RETURNING "id", "title"`;
    const keys = [];
    for (const { id, title } of due) {
      await recordRevision(tx, id, null, 'PUBLISH');
      await recordAudit(tx, {
        actor: null,
        address: SYSTEM_ADDRESS,
        action: 'article.publish',
        target: { type: 'article', id, label: title },
        detail: { by: 'scheduler' },
        at: now,
      });
      keys.push(await cacheKeysOf(tx, id));
    }
    return { ids: due.map((d) => d.id), invalidate: due.length ? articleCacheTags(...keys) : [] };
  });
}
