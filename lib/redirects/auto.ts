import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { articlePath } from '../urls/paths';

type Tx = PrismaClient | Prisma.TransactionClient;

/**
 * Keeps an article's old URLs answering after its URL changed (a new slug;
 * the date in the URL is fixed at first publication, and a wrong date already
 * redirects by slug). Called inside the write's transaction with the row as
 * it was and the slug it gets. Only for articles that were ever published:
 * nobody outside has a draft's URL. The redirect points at the article, not
 * at a path, so every old URL leads straight to the current one (no chains);
 * a redirect from the new URL (the article moved back) is removed.
 */
export async function recordUrlChange(tx: Tx, before: { id: string; slug: string; publishedAt: Date | null }, newSlug: string, timeZone: string) {
  if (!before.publishedAt || before.slug === newSlug) return;
  const oldPath = articlePath({ slug: before.slug, publishedAt: before.publishedAt }, timeZone);
  const newPath = articlePath({ slug: newSlug, publishedAt: before.publishedAt }, timeZone);
  await tx.redirect.deleteMany({ where: { fromPath: newPath } });
  await tx.redirect.upsert({
    where: { fromPath: oldPath },
    create: { fromPath: oldPath, articleId: before.id, kind: 'AUTO' },
    update: { articleId: before.id, toPath: null, kind: 'AUTO' },
  });
}
