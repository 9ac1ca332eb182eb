import { db } from '../db/client';

/**
 * PLACEHOLDER until the per-language search lands (ADR 022): the English
 * configuration, filtered by edition.
 */
export async function findArticleIds(edition: string, query: string, page: number, pageSize: number): Promise<{ ids: string[]; total: number }> {
  const offset = (page - 1) * pageSize;
  const hits = await db().$queryRaw<{ id: string; total: bigint }[]>`
    SELECT "id", count(*) OVER () AS total
    FROM "Article", websearch_to_tsquery('english', ${query}) AS query
    WHERE "language" = ${edition} AND "status" = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND "search" @@ query
    ORDER BY ts_rank("search", query) DESC, "publishedAt" DESC
    LIMIT ${pageSize} OFFSET ${offset}`;
  return { ids: hits.map((h) => h.id), total: Number(hits[0]?.total ?? 0) };
}
