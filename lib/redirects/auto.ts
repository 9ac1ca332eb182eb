import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { articlePath } from '../urls/paths';

type Tx = PrismaClient | Prisma.TransactionClient;

/**
 * Keeps an article's old URLs answering after its URL changed (a new slug;
 * the date in the URL is fixed at first publication, and a wrong date already
 * redirects by slug). Called inside the write's transaction with the row as
 * it was and the slug and edition it gets. Only for articles that were ever published:
 * nobody outside has a draft's URL. The redirect points at the article, not
 * at a path, so every old URL leads straight to the current one (no chains);
 * a redirect from the new URL (the article moved back) is removed.
 */
export async function recordUrlChange(
  tx: Tx,
  before: { id: string; slug: string; publishedAt: Date | null; language: string },
  after: { slug: string; language: string },
  ctx: { timeZone: string; bases: Record<string, string> },
) {
  if (!before.publishedAt || (before.slug === after.slug && before.language === after.language)) return;
  // Paths in their edition ("/uk/news/…"): the redirect is looked up by the path a reader asked for.
  const oldPath = articlePath({ slug: before.slug, publishedAt: before.publishedAt }, ctx.timeZone, ctx.bases[before.language] ?? '');
  const newPath = articlePath({ slug: after.slug, publishedAt: before.publishedAt }, ctx.timeZone, ctx.bases[after.language] ?? '');
  await tx.redirect.deleteMany({ where: { fromPath: newPath } });
  await tx.redirect.upsert({
    where: { fromPath: oldPath },
    create: { fromPath: oldPath, articleId: before.id, kind: 'AUTO' },
    update: { articleId: before.id, toPath: null, kind: 'AUTO' },
  });
}
