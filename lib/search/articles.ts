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
 * A phrase of rarer words is looked for among the newest PHRASE_WINDOW
 * articles that have all its words (EditionQuery.broad), one of common words
 * in the newest PHRASE_ROWS articles of the edition (below): checking word
 * order reads every candidate's positions, and a phrase of common words
 * ("новий закон") has thousands of candidates. Older phrase matches are not
 * found; the total then says "about".
 */
export const PHRASE_WINDOW = 1000;
/** Deepest result a page may start at; deeper pages are empty. */
export const MAX_OFFSET = 10_000;

export interface ArticleIdPage {
  /** Ids of this page's articles, best match first. */
  ids: string[];
  /**
   * Matching articles in all pages: exact when the matches came from the GIN
   * index (rarer words) or were fewer than the page needed, else PostgreSQL's
   * estimate (never less than the matches seen) with totalIsEstimate set:
   * say "about".
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
 * How the newest matches are found. Walking an edition's articles newest
 * first and testing each reads every vector passed (out of TOAST, 5–15 µs
 * each, but in date order, so neighbouring pages); the GIN index gives every
 * match without reading a vector, but then each match's row is fetched from
 * its own heap page (measured 20–30 µs each on the busy bench VM). So the
 * index pays for rare words, the walk for the rest. PostgreSQL's own choice
 * ignores the vector reads (it walked 5,000 articles for a two-word query
 * with 3,800 matches: 190 ms) and its estimate for two words assumes they are
 * independent (1,700 for a pair in 19,000 articles). So: a query estimated
 * under RARE_BELOW matches goes to the index at once; any other first walks
 * the newest SAMPLE_ROWS articles, and if they do not hold the matches the
 * page needs, walks on as far as their share of matches says is enough (at
 * most WALK_ROWS), else goes to the index.
 */
export const RARE_BELOW = 1000;
export const SAMPLE_ROWS = 400;
export const WALK_ROWS = 5000;
/** A phrase of common words is looked for in the newest PHRASE_ROWS articles of the edition. */
export const PHRASE_ROWS = 2000;

async function run(edition: string, tsquery: Prisma.Sql, broad: Prisma.Sql | null, size: number, offset: number): Promise<ArticleIdPage> {
  // The newest matches this page needs, and one more to know whether there are more.
  const need = Math.max(RANK_WINDOW, offset + size);
  const published = Prisma.sql`a."language" = ${edition} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL`;
  // With a phrase, the estimate and the index look for the phrase-free query; the phrase is checked after.
  const first = broad ?? tsquery;
  const estimate = await estimateMatches(Prisma.sql`${published} AND a."search" @@ ${first}`);

  // c: the matches (phrase included) among the newest `rows` articles of the edition, along (language, status,
  // publishedAt DESC): ordering by (language, status) too pins that index, so other editions' rows are never read.
  const walk = (rows: number) =>
    page(
      tsquery,
      null,
      need,
      size,
      offset,
      Prisma.sql`c AS (
        SELECT a."id", a."publishedAt", a."search" FROM (
          SELECT a."id", a."publishedAt", a."search" FROM "Article" a WHERE ${published}
          ORDER BY a."language", a."status", a."publishedAt" DESC, a."id" DESC LIMIT ${rows}
        ) a
        WHERE a."search" @@ ${tsquery}
        ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${need + 1}
      ), all_count AS (SELECT NULL::bigint AS n)`,
    );
  if (estimate >= RARE_BELOW && need < WALK_ROWS) {
    if (broad) {
      const walked = await walk(PHRASE_ROWS);
      if (!walked) return offset > 0 ? { ...(await run(edition, tsquery, broad, size, 0)), ids: [] } : { ...NONE, totalIsEstimate: true };
      return { ids: walked.ids, total: walked.seen, totalIsEstimate: true };
    }
    let rows = SAMPLE_ROWS;
    for (;;) {
      const walked = await walk(rows);
      // Enough matches for the page among the newest: those are the newest matches.
      if (walked && walked.windowRows > need) return { ids: walked.ids, total: Math.max(estimate, walked.seen), totalIsEstimate: true };
      const found = walked?.windowRows ?? 0;
      const enough = found ? Math.ceil(((need + 1) * rows * 1.25) / found) : Infinity;
      if (rows >= WALK_ROWS || enough > WALK_ROWS) break;
      rows = enough;
    }
  }

  // Every match's id and date through the GIN index (materialized: no vectors read; OFFSET 0 keeps the edition
  // filter out of the index scan, where PostgreSQL would AND in a bitmap of the whole edition), the newest `take`
  // joined for their vectors.
  const take = broad ? PHRASE_WINDOW : need + 1;
  const found = await page(
    tsquery,
    broad,
    need,
    size,
    offset,
    Prisma.sql`hits AS MATERIALIZED (
        SELECT a."id", a."publishedAt" FROM (
          SELECT a."id", a."publishedAt", a."language", a."status" FROM "Article" a WHERE a."search" @@ ${first} OFFSET 0
        ) a
        WHERE ${published}
      ), c AS (
        SELECT a."id", a."publishedAt", a."search"
        FROM (SELECT h."id" FROM hits h ORDER BY h."publishedAt" DESC, h."id" DESC LIMIT ${take}) h
        JOIN "Article" a ON a."id" = h."id"
      ), all_count AS (SELECT count(*) AS n FROM hits)`,
  );
  // A page past the last has no rows to carry the counts: the first page's (rare).
  if (!found) return offset > 0 ? { ...(await run(edition, tsquery, broad, size, 0)), ids: [] } : NONE;
  if (broad) return { ids: found.ids, total: found.seen, totalIsEstimate: found.windowRows >= PHRASE_WINDOW || found.seen > need };
  return { ids: found.ids, total: found.allMatches ?? found.seen, totalIsEstimate: false };
}

/**
 * One page from the candidates `c` (newest first, with vectors): the phrase
 * checked, the newest need + 1 kept, the newest RANK_WINDOW of them ranked.
 * Null when the page is empty.
 */
async function page(tsquery: Prisma.Sql, broad: Prisma.Sql | null, need: number, size: number, offset: number, candidates: Prisma.Sql) {
  const phrase = broad ? Prisma.sql`c."search" @@ ${tsquery}` : Prisma.sql`true`;
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
  if (!rows.length) return null;
  return {
    ids: rows.map((r) => r.id),
    seen: Number(rows[0].seen),
    windowRows: Number(rows[0].window_rows),
    allMatches: rows[0].all_matches === null ? null : Number(rows[0].all_matches),
  };
}

/** PostgreSQL's estimate of the rows matching `filter` (planning only, nothing is read). */
async function estimateMatches(filter: Prisma.Sql): Promise<number> {
  const [plan] = await db().$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Article" a WHERE ${filter}`;
  return Math.round(plan?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? 0);
}
