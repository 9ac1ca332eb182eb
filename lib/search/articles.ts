/**
 * Full-text search of one edition's published articles (issue 12, ADR 022).
 *
 * The "search" column holds each article's words in its edition's text search
 * configuration (prisma/migrations/20261214100000_edition_search); the reader's
 * words are parsed and stemmed for that edition in ./query.ts, so nothing they
 * type reaches PostgreSQL's query syntax as it is. Best matches first
 * (ts_rank: title words weigh most), then the newest.
 */
import { Prisma } from '../generated/prisma/client';
import { db } from '../db/client';
import { editionQuery, type EditionQuery } from './query';

export interface ArticleIdPage {
  /** Ids of this page's articles, best match first. */
  ids: string[];
  /** Matching articles in all pages. */
  total: number;
}

/** The tsquery expression for a parsed query; every value is a bound parameter. */
function tsqueryOf(q: EditionQuery): Prisma.Sql {
  // regconfig from a fixed list, never from the request.
  const config = Prisma.raw(`'${q.config}'::regconfig`);
  return q.syntax === 'websearch' ? Prisma.sql`websearch_to_tsquery(${config}, ${q.text})` : Prisma.sql`to_tsquery(${config}, search_fold(${q.text}))`;
}

/**
 * Ids of the published articles of `edition` that match `query`, one page
 * (1-based) of `pageSize`, and how many match in all. An empty or
 * punctuation-only query matches nothing.
 */
export async function findArticleIds(edition: string, query: string, page: number, pageSize: number): Promise<ArticleIdPage> {
  const q = editionQuery(edition, query);
  const size = Math.max(1, Math.min(100, Math.floor(pageSize) || 1));
  const offset = (Math.max(1, Math.floor(page) || 1) - 1) * size;
  if (!q || offset > 10_000) return { ids: [], total: 0 };
  const tsquery = tsqueryOf(q);
  try {
    return await run(edition, tsquery, size, offset);
  } catch (error) {
    // The query text is built from letters and digits only (./query.ts), so PostgreSQL should never find a syntax
    // error in it; if a future unaccent rule made one, the reader gets no results rather than an error page.
    if (isSyntaxError(error)) return { ids: [], total: 0 };
    throw error;
  }
}

function isSyntaxError(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; cause?: { code?: string } };
  return [e?.code, e?.meta?.code, e?.cause?.code].includes('42601') || /syntax error in tsquery/.test(String((error as Error)?.message));
}

async function run(edition: string, tsquery: Prisma.Sql, size: number, offset: number): Promise<ArticleIdPage> {
  const rows = await db().$queryRaw<{ id: string; total: bigint }[]>`
    SELECT a."id", count(*) OVER () AS total
    FROM "Article" a, ${tsquery} AS query
    WHERE a."language" = ${edition} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL AND a."search" @@ query
    ORDER BY ts_rank(a."search", query) DESC, a."publishedAt" DESC, a."id"
    LIMIT ${size} OFFSET ${offset}`;
  if (rows.length) return { ids: rows.map((r) => r.id), total: Number(rows[0].total) };
  if (offset === 0) return { ids: [], total: 0 };
  // A page past the last: no rows to carry the count, so count alone.
  const [{ total }] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Article" a, ${tsquery} AS query
    WHERE a."language" = ${edition} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL AND a."search" @@ query`;
  return { ids: [], total: Number(total) };
}
