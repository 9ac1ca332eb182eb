-- Live blogs (issue 11): an article can be a live blog with timestamped
-- entries, newest first, published the moment they are added (ADR 017).

-- CreateEnum
CREATE TYPE "LiveStatus" AS ENUM ('NONE', 'LIVE', 'ENDED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "liveStatus" "LiveStatus" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "LiveBlogEntry" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" JSONB NOT NULL DEFAULT '[]',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "LiveBlogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveBlogEntry_articleId_publishedAt_idx" ON "LiveBlogEntry"("articleId", "publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "LiveBlogEntry" ADD CONSTRAINT "LiveBlogEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBlogEntry" ADD CONSTRAINT "LiveBlogEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
