-- Redirects (issue 11, part 4): old URLs keep working. AUTO rows are written
-- when a once-published article's URL changes (they point at the article, so
-- an old URL always leads to its current one, never through a chain); STAFF
-- rows are added at /admin/redirects and point at a path of this site or at
-- an article. See docs/decisions/019-redirects-and-feeds.md.

-- CreateEnum
CREATE TYPE "RedirectKind" AS ENUM ('AUTO', 'STAFF');

-- CreateTable
CREATE TABLE "Redirect" (
    "id" TEXT NOT NULL,
    "fromPath" TEXT NOT NULL,
    "toPath" TEXT,
    "articleId" TEXT,
    "kind" "RedirectKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    -- One target, a path or an article: lib/redirects writes exactly one
    -- (an article wins when both are set). No CHECK constraint, so that
    -- tests/integration/schema.test.ts can write every model generically.
    CONSTRAINT "Redirect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Redirect_fromPath_key" ON "Redirect"("fromPath");

-- CreateIndex
CREATE INDEX "Redirect_articleId_idx" ON "Redirect"("articleId");

-- CreateIndex
CREATE INDEX "Redirect_createdAt_idx" ON "Redirect"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Redirect" ADD CONSTRAINT "Redirect_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redirect" ADD CONSTRAINT "Redirect_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
