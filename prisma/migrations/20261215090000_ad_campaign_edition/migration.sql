-- Ad campaigns per edition (issue 12): a campaign shows on one edition's
-- pages, or on every edition's when "language" is NULL (what existing
-- campaigns keep, so nothing changes for them until staff choose).
ALTER TABLE "AdCampaign" ADD COLUMN "language" TEXT;
ALTER TABLE "AdCampaign" ADD CONSTRAINT "AdCampaign_language_fkey" FOREIGN KEY ("language") REFERENCES "Edition"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
