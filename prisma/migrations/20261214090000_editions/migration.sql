-- Language editions (issue 12, ADR 021): one newsroom, several sites.
-- An edition is a language the outlet publishes in; the codes are the
-- languages of the message catalogue (lib/i18n). Exactly one edition is the
-- default, served at "/"; the others at "/<prefix>/".

-- CreateTable
CREATE TABLE "Edition" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "siteName" TEXT NOT NULL DEFAULT '',
    "tagline" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("code")
);

CREATE UNIQUE INDEX "Edition_prefix_key" ON "Edition"("prefix");

INSERT INTO "Edition" ("code", "name", "prefix", "enabled", "position") VALUES
    ('en', 'English', 'en', true, 1),
    ('uk', 'Українська', 'uk', true, 2),
    ('ru', 'Русский', 'ru', true, 3);

-- The default edition, served at "/" (its own prefix answers 308 to "/").
ALTER TABLE "SiteSettings" ADD COLUMN "defaultEdition" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "SiteSettings" ADD CONSTRAINT "SiteSettings_defaultEdition_fkey" FOREIGN KEY ("defaultEdition") REFERENCES "Edition"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Articles: the edition they belong to, and their translation group (the
-- versions of one story in the editions, at most one per edition).
ALTER TABLE "Article" ADD COLUMN "translationGroup" TEXT;
ALTER TABLE "Article" ADD CONSTRAINT "Article_language_fkey" FOREIGN KEY ("language") REFERENCES "Edition"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE UNIQUE INDEX "Article_translationGroup_language_key" ON "Article"("translationGroup", "language");
CREATE INDEX "Article_language_status_publishedAt_idx" ON "Article"("language", "status", "publishedAt" DESC);

-- Sections are shared by the editions, with a name and description per edition
-- ({"uk": {"name": "...", "description": "..."}}); the plain columns are the fallback.
ALTER TABLE "Section" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';

-- Tags are words of one edition's language.
ALTER TABLE "Tag" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_language_fkey" FOREIGN KEY ("language") REFERENCES "Edition"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "Tag_language_idx" ON "Tag"("language");
