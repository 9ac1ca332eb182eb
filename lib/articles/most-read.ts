import { cacheLife, cacheTag } from 'next/cache';
import { db } from '../db/client';
import { tags } from '../cache/tags';
import { published, teaserSelect, toTeaser, viewContext, type Teaser } from './queries';

/** Articles listed under "Most read". */
export const MOST_READ_COUNT = 5;
/** Most read counts the views of this many hours back. */
export const MOST_READ_HOURS = 24;

export type MostRead = { timeZone: string; items: Teaser[] };

/** One edition's published articles with the most views over the last 24 hours (hour buckets), most first; ties: newer first. */
export async function readMostRead(now = new Date(), limit = MOST_READ_COUNT, code: string = 'en'): Promise<MostRead> {
  const ctx = await viewContext(code);
  // Hour buckets are stored as UTC wall time (TIMESTAMP(3), as Prisma writes): compare with the same.
  const cutoff = new Date(now.getTime() - MOST_READ_HOURS * 3600_000).toISOString();
  const top = await db().$queryRaw<{ id: string; views: number }[]>`
    SELECT v."articleId" AS id, sum(v."views")::int AS views
    FROM "ArticleViewHour" v
    JOIN "Article" a ON a."id" = v."articleId"
    WHERE v."hour" > ${cutoff}::timestamp - interval '1 hour' AND a."language" = ${code} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
    GROUP BY v."articleId", a."publishedAt"
    ORDER BY views DESC, a."publishedAt" DESC
    LIMIT ${limit}`;
  if (top.length === 0) return { timeZone: ctx.timeZone, items: [] };
  const rows = await db().article.findMany({ where: { ...published, id: { in: top.map((t) => t.id) } }, select: teaserSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = top.flatMap((t) => {
    const row = byId.get(t.id);
    return row ? [toTeaser(row, ctx)] : [];
  });
  return { timeZone: ctx.timeZone, items };
}

/**
 * Most read, cached for a minute (ADR 018): the front page embeds it (and so
 * re-renders at most once a minute), the article aside reads it from GET
 * /most-read. Tagged with the articles it lists, so unpublishing or retitling
 * one of them refreshes it at once.
 */
export async function getMostRead(code: string = 'en'): Promise<MostRead> {
  'use cache';
  const result = await readMostRead(new Date(), MOST_READ_COUNT, code);
  if (process.env.__NEXT_USE_CACHE) {
    // expire over 5 minutes: the front page stays one cached page (a shorter one would make this a per-request hole).
    cacheLife({ stale: 300, revalidate: 60, expire: 3600 });
    cacheTag(tags.site, ...result.items.map((t) => tags.article(t.id)));
  }
  return result;
}
