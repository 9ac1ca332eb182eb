-- Article views per hour and ad impressions and clicks per day (UTC), as
-- counted by the beacon and click endpoints (lib/metrics/, ADR 018). Each
-- instance sums its counts in memory and adds them here every few seconds
-- in one statement (INSERT … ON CONFLICT DO UPDATE), so a row is one
-- article-hour or campaign-day, not one view.

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewHour_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateTable
CREATE TABLE "AdStatDay" (
    "campaignId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AdStatDay_pkey" PRIMARY KEY ("campaignId","day")
);

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- CreateIndex
CREATE INDEX "AdStatDay_day_idx" ON "AdStatDay"("day");

-- AddForeignKey
ALTER TABLE "ArticleViewHour" ADD CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdStatDay" ADD CONSTRAINT "AdStatDay_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AdCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
