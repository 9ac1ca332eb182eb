import { refused, saved, type AdminResult } from '../admin/result';
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
 * and the tags to invalidate (the article page and /corrections, nothing
 * else) in the one shape of admin writes (lib/admin/result.ts, ADR 009).
 */

type Tx = Prisma.TransactionClient;

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

export async function changeCorrections(
  prisma: PrismaClient,
  user: SessionUser,
  articleId: string,
  change: Change,
  address: string,
  now = new Date(),
): Promise<AdminResult<CorrectionItem[]>> {
  if (!can(user.role, 'articles:publish')) return refused(CORRECTION_MESSAGES.forbidden, {}, 403);
  return prisma.$transaction(async (tx) => {
    // Serialised with every other write to the article (lib/editorial/write.ts lockForWrite).
    const locked = await tx.$queryRaw<{ id: string; title: string; status: string; publishedAt: Date | null }[]>`
      SELECT "id", "title", "status", "publishedAt" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    const article = locked[0];
    if (!article) return refused(CORRECTION_MESSAGES.notFound, {}, 404);
    if (article.status !== 'PUBLISHED' || !article.publishedAt) return refused(CORRECTION_MESSAGES.notPublished, {}, 422);

    let text = '';
    if (change.op === 'delete') {
      const gone = await tx.articleCorrection.deleteMany({ where: { id: change.correctionId, articleId } });
      if (gone.count === 0) return refused(CORRECTION_MESSAGES.missing, {}, 404);
    } else {
      const date = change.input.date ? new Date(change.input.date) : now;
      const problem = correctionDateProblem(date, article.publishedAt, now);
      if (problem) return refused(problem, { date: problem });
      text = change.input.text;
      if (change.op === 'add') {
        await tx.articleCorrection.create({ data: { articleId, kind: change.input.kind, text, date, createdById: user.id } });
      } else {
        const changed = await tx.articleCorrection.updateMany({ where: { id: change.correctionId, articleId }, data: { kind: change.input.kind, text, date } });
        if (changed.count === 0) return refused(CORRECTION_MESSAGES.missing, {}, 404);
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
    return saved(await listCorrections(tx, articleId), [tags.article(articleId), tags.corrections]);
  });
}
