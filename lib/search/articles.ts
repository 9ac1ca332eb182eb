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

/**
 * Relevance is ranked among the newest RANK_WINDOW matches; older matches
 * follow by date. A word in most articles ("Україна" in the Ukrainian
 * edition) matches tens of thousands of them, and ranking means reading every
 * match's vector (about 20 µs each, out of TOAST): all of them took seconds
 * at 100,000 articles. For a news archive the newest 200 matches, best first,
 * are also the more useful first pages (10 pages of 20). Queries with fewer
 * matches are ranked whole.
 */
export const RANK_WINDOW = 200;
/**
 * A phrase is looked for among the newest PHRASE_WINDOW articles that have
 * all its words (EditionQuery.broad): checking word order reads every
 * candidate's positions, and a phrase of common words ("новий закон") has
 * thousands of candidates. Older phrase matches are not found; the total
 * then says "about".
 */
export const PHRASE_WINDOW = 2000;
/** Deepest result a page may start at; deeper pages are empty. */
export const MAX_OFFSET = 10_000;

export interface ArticleIdPage {
  /** Ids of this page's articles, best match first. */
  ids: string[];
  /**
   * Matching articles in all pages: exact when the query matched fewer than
   * RANK_WINDOW articles (or the page reached the last match), else
   * PostgreSQL's estimate (never less than the matches seen), and
   * totalIsEstimate is set: say "about".
   */
  total: number;
  totalIsEstimate: boolean;
}

/** The tsquery expression for a parsed query; every value is a bound parameter. */
function tsqueryOf(q: EditionQuery, text = q.text): Prisma.Sql {
  // regconfig from a fixed list, never from the request.
  const config = Prisma.raw(`'${q.config}'::regconfig`);
  return q.syntax === 'websearch' ? Prisma.sql`websearch_to_tsquery(${config}, ${text})` : Prisma.sql`to_tsquery(${config}, search_fold(${text}))`;
}

const NONE: ArticleIdPage = { ids: [], total: 0, totalIsEstimate: false };

/**
 * Ids of the published articles of `edition` that match `query`, one page
 * (1-based) of `pageSize` (at most 100), and how many match in all. An empty
 * or punctuation-only query matches nothing.
 */
export async function findArticleIds(edition: string, query: string, page: number, pageSize: number): Promise<ArticleIdPage> {
  const q = editionQuery(edition, query);
  const size = Math.max(1, Math.min(100, Math.floor(pageSize) || 1));
  const offset = (Math.max(1, Math.floor(page) || 1) - 1) * size;
  if (!q || offset > MAX_OFFSET) return NONE;
  try {
    return await run(edition, tsqueryOf(q), q.broad ? tsqueryOf(q, q.broad) : null, size, offset);
  } catch (error) {
    // The query text is built from letters and digits only (./query.ts), so PostgreSQL should never find a syntax
    // error in it; if a future unaccent rule made one, the reader gets no results rather than an error page.
    if (isSyntaxError(error)) return NONE;
    throw error;
  }
}

function isSyntaxError(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; cause?: { code?: string } };
  return [e?.code, e?.meta?.code, e?.cause?.code].includes('42601') || /syntax error in tsquery/.test(String((error as Error)?.message));
}

/**
 * Above this many estimated matches the newest are found by walking the
 * edition's articles newest first and testing each (reading its vector);
 * below it, all matches come from the GIN index (no vector read) and are
 * sorted by date. PostgreSQL's own choice between the two ignores the cost
 * of reading vectors out of TOAST and walked 5,000 articles for a two-word
 * query with 3,800 matches (190 ms); the break-even measured is near
 * sqrt(200 × articles per edition × 5), about 5,000 at 100,000 articles.
 */
export const WALK_ABOVE = 5000;

async function run(edition: string, tsquery: Prisma.Sql, broad: Prisma.Sql | null, size: number, offset: number): Promise<ArticleIdPage> {
  // The newest matches this page needs, and one more to know whether there are more.
  const need = Math.max(RANK_WINDOW, offset + size);
  const published = Prisma.sql`a."language" = ${edition} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL`;
  // With a phrase, candidates are the newest PHRASE_WINDOW matches of the phrase-free query, then checked for the phrase.
  const first = broad ?? tsquery;
  const take = broad ? PHRASE_WINDOW : need + 1;
  const phrase = broad ? Prisma.sql`c."search" @@ ${tsquery}` : Prisma.sql`true`;
  const estimate = await estimateMatches(Prisma.sql`${published} AND a."search" @@ ${first}`);
  const walk = estimate > WALK_ABOVE;
  // c: candidates, newest first, with their vectors. Walking: along (language, status, publishedAt DESC), the
  // order by (language, status) pins that index so other editions' rows are never read. Else: every match's id
  // and date through the GIN index (materialized: no vectors read), the newest `take` joined for their vectors.
  const candidates = walk
    ? Prisma.sql`c AS (
        SELECT a."id", a."publishedAt", a."search" FROM "Article" a
        WHERE ${published} AND a."search" @@ ${first}
        ORDER BY a."language", a."status", a."publishedAt" DESC, a."id" DESC
        LIMIT ${take}
      ), all_count AS (SELECT NULL::bigint AS n)`
    : Prisma.sql`hits AS MATERIALIZED (
        SELECT a."id", a."publishedAt" FROM "Article" a WHERE ${published} AND a."search" @@ ${first}
      ), c AS (
        SELECT a."id", a."publishedAt", a."search"
        FROM (SELECT h."id" FROM hits h ORDER BY h."publishedAt" DESC, h."id" DESC LIMIT ${take}) h
        JOIN "Article" a ON a."id" = h."id"
      ), all_count AS (SELECT count(*) AS n FROM hits)`;
  const rows = await db().$queryRaw<{ id: string; seen: bigint; window_rows: bigint; all_matches: bigint | null }[]>`
    WITH ${candidates}, m AS (
      SELECT c."id", c."publishedAt", c."search" FROM c WHERE ${phrase}
      ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT ${need + 1}
    ), n AS (
      SELECT m.*, row_number() OVER (ORDER BY m."publishedAt" DESC, m."id" DESC) AS pos, count(*) OVER () AS seen FROM m
    )
    SELECT n."id", n.seen, (SELECT count(*) FROM c) AS window_rows, (SELECT n FROM all_count) AS all_matches FROM n
    ORDER BY CASE WHEN n.pos <= ${RANK_WINDOW} THEN ts_rank(n."search", ${tsquery}) END DESC NULLS LAST, n."publishedAt" DESC, n."id" DESC
    LIMIT ${size} OFFSET ${offset}`;
  const ids = rows.map((r) => r.id);
  // A page past the last has no rows to carry the counts: the first page's (rare).
  if (!rows.length) return offset > 0 ? { ...(await run(edition, tsquery, broad, size, 0)), ids: [] } : NONE;
  const seen = Number(rows[0].seen);
  if (broad) {
    // Exact unless the phrase window was full (older articles were not looked at).
    return { ids, total: seen, totalIsEstimate: Number(rows[0].window_rows) >= PHRASE_WINDOW || seen > need };
  }
  if (rows[0].all_matches !== null) return { ids, total: Number(rows[0].all_matches), totalIsEstimate: false };
  if (seen <= need) return { ids, total: seen, totalIsEstimate: false };
  // More than this page needed: counting them all would read them all. The planner's estimate instead.
  return { ids, total: Math.max(estimate, seen), totalIsEstimate: true };
}

/** PostgreSQL's estimate of the rows matching `filter` (planning only, nothing is read). */
async function estimateMatches(filter: Prisma.Sql): Promise<number> {
  const [plan] = await db().$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Article" a WHERE ${filter}`;
  return Math.round(plan?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? 0);
}
