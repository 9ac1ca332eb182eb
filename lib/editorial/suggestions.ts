import { z } from 'zod';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { EDITION_CODES } from '../i18n/languages';
import { configOf } from '../search/query';
import { stripControlCharacters } from '../validation/text';
import { editionArticlePath, pathContext } from '../editions/bases';

/**
 * "Suggested" earlier articles for a draft's Background block: PostgreSQL
 * full-text similarity of the draft (title, standfirst, body) to the
 * published archive, boosted by shared tags and recency. Editors pick; nothing
 * is added by itself.
 *
 * Only articles of the draft's edition (a Background links its own
 * edition's coverage, ADR 021). The draft's words (to_tsvector in the
 * configuration the archive's "search" column uses for that edition, ADR 022) are weighed by where they stand (title 3,
 * standfirst 2, body 1, per occurrence) times how rare they are in the
 * archive: log(1 / share of articles holding it), from PostgreSQL's own
 * statistics of the column (pg_stats.most_common_elems, kept by ANALYZE: no
 * table of ours to maintain; a word not listed is rarer than every listed
 * one). Words in more than MAX_FREQ of articles say nothing and are left out.
 * Candidates (through the GIN index on "search") are the newest CANDIDATES
 * articles sharing at least two of the top PAIR_TERMS words — or, when that
 * finds too few (a short draft), one of the top SUGGEST_TERMS. Each is scored
 *   ts_rank_cd(search, top words, 32)          text similarity, 0..1
 *   + TAG_BOOST × shared tags (at most 3)
 *   + RECENCY_BOOST × exp(−age in days / 365)
 * and the best SUGGEST_COUNT are returned. Only articles published before the
 * draft (before now for one never published), never the draft itself or what
 * its Background already links. Measured: `npm run bench:suggest`.
 */

export const SUGGEST_COUNT = 8;
const SUGGEST_TERMS = 12;
const PAIR_TERMS = 6;
const MAX_FREQ = 0.2;
const CANDIDATES = 300;
const TAG_BOOST = 0.15;
const RECENCY_BOOST = 0.1;

export const suggestionRequest = z.object({
  articleId: z.string().uuid().nullish(),
  /** The draft's edition. */
  language: z.enum(EDITION_CODES).default('en'),
  title: z.string().max(1000).default(''),
  standfirst: z.string().max(2000).default(''),
  /** The body as plain text; only the first 20,000 characters are used. */
  text: z.string().max(2_000_000).default(''),
  tags: z.array(z.string().max(100)).max(50).default([]),
  /** Articles the draft already links (left out). */
  exclude: z.array(z.string().uuid()).max(200).default([]),
});

export type SuggestionRequest = z.infer<typeof suggestionRequest>;
export type Suggestion = { id: string; title: string; path: string; publishedAt: string; score: number; sharedTags: number };

type Row = { id: string; title: string; slug: string; publishedAt: Date; score: number; sharedTags: number };
type Params = { language: string; title: string; standfirst: string; text: string; tagNames: string[]; exclude: string[]; before: Date };

const clean = (s: string, max: number) => stripControlCharacters(s).slice(0, max);

export async function suggestBackground(db: PrismaClient, req: SuggestionRequest, now = new Date()): Promise<Suggestion[]> {
  const title = clean(req.title, 1000);
  const standfirst = clean(req.standfirst, 2000);
  const text = clean(req.text, 20_000);
  const tagNames = [...new Set(req.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (!`${title}${standfirst}${text}`.trim() && tagNames.length === 0) return [];
  const own = req.articleId ? await db.article.findUnique({ where: { id: req.articleId }, select: { publishedAt: true } }) : null;
  const params: Params = {
    language: req.language,
    title,
    standfirst,
    text,
    tagNames,
    exclude: [...new Set([...req.exclude, ...(req.articleId ? [req.articleId] : [])])],
    before: own?.publishedAt ?? now,
  };
  let rows = await suggestionQuery(db, params, 'pairs');
  if (rows.length < SUGGEST_COUNT) {
    const seen = new Set(rows.map((r) => r.id));
    const more = (await suggestionQuery(db, params, 'any')).filter((r) => !seen.has(r.id));
    rows = [...rows, ...more].sort((a, b) => b.score - a.score).slice(0, SUGGEST_COUNT);
  }
  const ctx = await pathContext(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    path: editionArticlePath({ slug: r.slug, publishedAt: r.publishedAt, language: req.language }, ctx),
    publishedAt: r.publishedAt.toISOString(),
    score: Math.round(r.score * 1000) / 1000,
    sharedTags: r.sharedTags,
  }));
}

/** One statement: candidates sharing two of the top words (`pairs`) or one (`any`), scored. */
function suggestionQuery(db: PrismaClient, p: Params, mode: 'pairs' | 'any') {
  // The draft's words as the "search" column holds its edition's (prisma/migrations/…_edition_search).
  const config = configOf(p.language);
  const fold = (text: string) => (config === 'english' ? Prisma.sql`${text}` : Prisma.sql`search_fold(${text})`);
  return db.$queryRaw<Row[]>`
    WITH draft AS (
      SELECT setweight(to_tsvector(${config}::regconfig, ${fold(p.title)}), 'A') || setweight(to_tsvector(${config}::regconfig, ${fold(p.standfirst)}), 'B')
        || setweight(to_tsvector(${config}::regconfig, ${fold(p.text)}), 'C') AS v
    ), stats AS (
      SELECT e.lexeme, e.freq
      FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, freq)
      WHERE s.schemaname = current_schema() AND s.tablename = 'Article' AND s.attname = 'search' AND e.lexeme IS NOT NULL
    ), rarest AS (
      SELECT coalesce(min(freq), 0.001) / 2 AS freq FROM stats
    ), terms AS (
      SELECT t.lexeme,
        row_number() OVER (ORDER BY sum(CASE w WHEN 'A' THEN 3 WHEN 'B' THEN 2 ELSE 1 END) * ln(1 / coalesce(min(s.freq), (SELECT freq FROM rarest))) DESC, t.lexeme) AS rank
      FROM draft CROSS JOIN LATERAL unnest(draft.v) AS t(lexeme, positions, weights) CROSS JOIN LATERAL unnest(t.weights) AS w
      LEFT JOIN stats s ON s.lexeme = t.lexeme
      WHERE length(t.lexeme) > 2 AND t.lexeme !~ '^[0-9.,]+$' AND coalesce(s.freq, 0) < ${MAX_FREQ}::float8
      GROUP BY t.lexeme
    ), quoted AS (
      SELECT rank, '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''' AS q FROM terms WHERE rank <= ${SUGGEST_TERMS}
    ), q AS (
      SELECT
        coalesce((SELECT string_agg(q, ' | ') FROM quoted), '')::tsquery AS rank_query,
        coalesce(CASE WHEN ${mode} = 'pairs'
          THEN (SELECT string_agg('(' || a.q || ' & ' || b.q || ')', ' | ') FROM quoted a JOIN quoted b ON a.rank < b.rank WHERE b.rank <= ${PAIR_TERMS})
          ELSE (SELECT string_agg(q, ' | ') FROM quoted) END, '')::tsquery AS match_query
    ), tag_ids AS (
      SELECT "id" FROM "Tag" WHERE lower("name") = ANY(${p.tagNames}::text[])
    ), candidates AS (
      SELECT a."id" FROM "Article" a, q
        WHERE a."search" @@ q.match_query AND a."language" = ${p.language} AND a."status" = 'PUBLISHED' AND a."publishedAt" < ${p.before}
          AND NOT (a."id" = ANY(${p.exclude}::text[]))
        ORDER BY a."publishedAt" DESC LIMIT ${CANDIDATES}
    ), scored AS (
      SELECT a."id", a."title", a."slug", a."publishedAt",
        ts_rank_cd(a."search", q.rank_query, 32) AS text_score,
        (SELECT count(*) FROM "ArticleTag" at WHERE at."articleId" = a."id" AND at."tagId" IN (SELECT "id" FROM tag_ids))::int AS shared
      FROM "Article" a JOIN candidates c ON c."id" = a."id", q
    )
    SELECT "id", "title", "slug", "publishedAt", "shared" AS "sharedTags",
      (text_score + ${TAG_BOOST}::float8 * least(shared, 3) + ${RECENCY_BOOST}::float8 * exp(-extract(epoch FROM (${p.before}::timestamp - "publishedAt")) / 86400.0 / 365.0))::float8 AS "score"
    FROM scored
    WHERE text_score > 0 OR shared > 0
    ORDER BY "score" DESC, "publishedAt" DESC
    LIMIT ${SUGGEST_COUNT}`;
}
