import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { recordAudit } from '../audit/log';
import { tags } from '../cache/tags';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { recordRevision } from '../editorial/write';
import { correctionDateProblem, correctionItem, type CorrectionInput, type CorrectionItem } from './input';

/**
 * Corrections and editor's notes on a published article: added, changed and
 * removed by editors (they go live at once, like a publish), each change in
 * one transaction with a revision of the article (kind CORRECTION, whose
 * snapshot carries the list) and an audit entry. Returns the article's list
 * and the tags to invalidate: the article page and /corrections, nothing else.
 */

export type CorrectionOutcome = {
  status: number;
  result: { ok: true; corrections: CorrectionItem[] } | { ok: false; error: string; message: string; fieldErrors?: Record<string, string> };
  invalidate: string[];
};

type Tx = Prisma.TransactionClient;

const failure = (status: number, error: string, message: string, fieldErrors?: Record<string, string>): CorrectionOutcome => ({
  status,
  result: { ok: false, error, message, ...(fieldErrors ? { fieldErrors } : {}) },
  invalidate: [],
});

export const CORRECTION_MESSAGES = {
  forbidden: 'Only editors can add, change or remove corrections.',
  notFound: 'This article does not exist.',
  notPublished: 'Corrections and notes go on published articles: publish this article first.',
  missing: 'That correction does not exist (someone may have removed it).',
} as const;

/** The corrections of an article, oldest first (the order readers see). */
export async function listCorrections(db: PrismaClient | Tx, articleId: string): Promise<CorrectionItem[]> {
  const rows = await db.articleCorrection.findMany({ where: { articleId }, orderBy: [{ date: 'asc' }, { createdAt: 'asc' }] });
  return rows.map(correctionItem);
}

type Change = { op: 'add'; input: CorrectionInput } | { op: 'edit'; correctionId: string; input: CorrectionInput } | { op: 'delete'; correctionId: string };

const AUDIT = { add: 'article.correction-add', edit: 'article.correction-edit', delete: 'article.correction-delete' } as const;

export async function changeCorrections(prisma: PrismaClient, user: SessionUser, articleId: string, change: Change, address: string, now = new Date()): Promise<CorrectionOutcome> {
  if (!can(user.role, 'articles:publish')) return failure(403, 'forbidden', CORRECTION_MESSAGES.forbidden);
  return prisma.$transaction(async (tx) => {
    // Serialised with every other write to the article (lib/editorial/write.ts lockForWrite).
    const locked = await tx.$queryRaw<{ id: string; title: string; status: string; publishedAt: Date | null }[]>`
      SELECT "id", "title", "status", "publishedAt" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    const article = locked[0];
    if (!article) return failure(404, 'not-found', CORRECTION_MESSAGES.notFound);
    if (article.status !== 'PUBLISHED' || !article.publishedAt) return failure(422, 'not-allowed', CORRECTION_MESSAGES.notPublished);

    let text = '';
    if (change.op === 'delete') {
      const gone = await tx.articleCorrection.deleteMany({ where: { id: change.correctionId, articleId } });
      if (gone.count === 0) return failure(404, 'not-found', CORRECTION_MESSAGES.missing);
    } else {
      const date = change.input.date ? new Date(change.input.date) : now;
      const problem = correctionDateProblem(date, article.publishedAt, now);
      if (problem) return failure(400, 'invalid', problem, { date: problem });
      text = change.input.text;
      if (change.op === 'add') {
        await tx.articleCorrection.create({ data: { articleId, kind: change.input.kind, text, date, createdById: user.id } });
      } else {
        const changed = await tx.articleCorrection.updateMany({ where: { id: change.correctionId, articleId }, data: { kind: change.input.kind, text, date } });
        if (changed.count === 0) return failure(404, 'not-found', CORRECTION_MESSAGES.missing);
      }
    }
    await recordRevision(tx, articleId, user.id, 'CORRECTION');
    await recordAudit(tx, {
      actor: user,
      address,
      action: AUDIT[change.op],
      target: { type: 'article', id: articleId, label: article.title },
      detail: text ? { text: text.slice(0, 200) } : undefined,
      at: now,
    });
    return {
      status: change.op === 'add' ? 201 : 200,
      result: { ok: true, corrections: await listCorrections(tx, articleId) },
      invalidate: [tags.article(articleId), tags.corrections],
    };
  });
}
