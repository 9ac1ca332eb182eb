-- Corrections and editor's notes on published articles (issue 11, part 2):
-- shown on the article in date order, in its JSON-LD, and at /corrections.
-- Each change to them is also a revision of the article (kind CORRECTION),
-- whose snapshot carries the list as it then stood.
ALTER TYPE "RevisionKind" ADD VALUE 'CORRECTION';

-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('CORRECTION', 'NOTE');

-- CreateTable
CREATE TABLE "ArticleCorrection" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "CorrectionKind" NOT NULL DEFAULT 'CORRECTION',
    "text" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "ArticleCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleCorrection_articleId_date_idx" ON "ArticleCorrection"("articleId", "date");
CREATE INDEX "ArticleCorrection_date_id_idx" ON "ArticleCorrection"("date" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleCorrection" ADD CONSTRAINT "ArticleCorrection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
