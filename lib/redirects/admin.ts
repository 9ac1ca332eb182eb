import { z } from 'zod';
import { parseInput, refused, refusedField, saved, type AdminResult } from '../admin/result';
import type { SessionUser } from '../auth/sessions';
import { tags } from '../cache/tags';
import { editionArticlePath, pathContext } from '../editions/bases';
import type { PrismaClient } from '../generated/prisma/client';
import { articlePathParts, chainProblem, staffRedirectSchema } from './paths';

/**
 * Redirects at /admin/redirects (editors and admins): list, add, remove.
 * Returns AdminResults (lib/admin/result.ts) naming the `redirects` tag,
 * which every cached answer for a missing path carries
 * (lib/redirects/queries.ts).
 */

export const REDIRECT_FIELDS = ['fromPath', 'toPath'] as const;

export type RedirectRow = { id: string; fromPath: string; to: string; articleTitle: string | null; kind: 'AUTO' | 'STAFF'; createdAt: Date; createdBy: string | null };

const isUniqueViolation = (err: unknown) => typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2002';

/** Newest first; an article's redirects show where the article is now (or that it is unpublished). */
export async function listRedirects(db: PrismaClient, { take = 200 }: { take?: number } = {}): Promise<RedirectRow[]> {
  const [ctx, rows] = await Promise.all([
    pathContext(db),
    db.redirect.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
      select: {
        id: true,
        fromPath: true,
        toPath: true,
        kind: true,
        createdAt: true,
        createdBy: { select: { name: true } },
        article: { select: { title: true, slug: true, status: true, publishedAt: true, language: true } },
      },
    }),
  ]);
  return rows.map((r) => ({
    id: r.id,
    fromPath: r.fromPath,
    to:
      r.toPath ??
      (r.article?.status === 'PUBLISHED' && r.article.publishedAt ? editionArticlePath({ ...r.article, publishedAt: r.article.publishedAt }, ctx) : '(unpublished: 410)'),
    articleTitle: r.article?.title ?? null,
    kind: r.kind,
    createdAt: r.createdAt,
    createdBy: r.createdBy?.name ?? null,
  }));
}

/**
 * Adds a redirect from an old path to a path of this site. A target that is
 * a published article's URL is stored as the article, so it follows the
 * article when its URL changes. Refused: a path that already redirects or is
 * a live article's URL, a target that redirects itself, or a path another
 * redirect leads to (no chains, no loops).
 */
export async function createRedirect(db: PrismaClient, user: Pick<SessionUser, 'id'>, input: unknown): Promise<AdminResult<{ id: string; fromPath: string; to: string }>> {
  const p = parseInput(staffRedirectSchema, input, 'redirect', 'added');
  if (!p.ok) return p;
  const { fromPath, toPath } = p.data;
  try {
    return await db.$transaction(async (tx) => {
      const ctx = await pathContext(tx);
      // A published article's current URL, in its edition ("/uk/news/…" for a Ukrainian one).
      const liveAt = async (path: string) => {
        const parts = articlePathParts(path);
        if (!parts) return null;
        const a = await tx.article.findFirst({
          where: { slug: parts.slug, status: 'PUBLISHED', publishedAt: { not: null } },
          select: { id: true, slug: true, publishedAt: true, language: true },
        });
        return a && editionArticlePath({ ...a, publishedAt: a.publishedAt! }, ctx) === path ? a : null;
      };
      if (await tx.redirect.findUnique({ where: { fromPath }, select: { id: true } })) {
        return refusedField('redirect', 'fromPath', 'There is already a redirect from this path: remove it first.', 409);
      }
      if (await liveAt(fromPath)) return refusedField('redirect', 'fromPath', 'A published article lives at this path.', 409);
      const article = await liveAt(toPath);
      if (!article && articlePathParts(toPath)) return refusedField('redirect', 'toPath', 'No published article has this address.');
      const related = await tx.redirect.findMany({ where: { OR: [{ fromPath: toPath }, { toPath: fromPath }] }, select: { fromPath: true, toPath: true } });
      const chain = chainProblem(fromPath, toPath, related);
      if (chain) return refusedField('redirect', related.some((r) => r.fromPath === toPath) ? 'toPath' : 'fromPath', chain, 409);
      const created = await tx.redirect.create({
        data: { fromPath, kind: 'STAFF', createdById: user.id, ...(article ? { articleId: article.id } : { toPath }) },
        select: { id: true },
      });
      return saved({ id: created.id, fromPath, to: toPath }, [tags.redirects]);
    });
  } catch (err) {
    if (isUniqueViolation(err)) return refusedField('redirect', 'fromPath', 'There is already a redirect from this path: remove it first.', 409);
    throw err;
  }
}

export async function deleteRedirect(db: PrismaClient, id: string): Promise<AdminResult<{ id: string; fromPath: string }>> {
  const p = parseInput(z.uuid({ error: 'Unknown redirect.' }), id, 'redirect', 'removed');
  if (!p.ok) return p;
  const row = await db.redirect.findUnique({ where: { id: p.data }, select: { id: true, fromPath: true, articleId: true } });
  if (!row) return refused('That redirect no longer exists.', {}, 404);
  const { count } = await db.redirect.deleteMany({ where: { id: row.id } });
  if (count === 0) return refused('That redirect no longer exists.', {}, 404);
  return saved({ id: row.id, fromPath: row.fromPath }, [tags.redirects, ...(row.articleId ? [tags.article(row.articleId)] : [])]);
}
