-- Pending changes to live articles (issue 7): saves of a PUBLISHED or
-- SCHEDULED article are kept apart until an editor applies them.

-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'UPDATE';
ALTER TYPE "RevisionKind" ADD VALUE 'DISCARD';

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ArticlePending" (
    "articleId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "savedById" TEXT,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,

    CONSTRAINT "ArticlePending_pkey" PRIMARY KEY ("articleId")
);

-- AddForeignKey
ALTER TABLE "ArticlePending" ADD CONSTRAINT "ArticlePending_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePending" ADD CONSTRAINT "ArticlePending_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePending" ADD CONSTRAINT "ArticlePending_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
