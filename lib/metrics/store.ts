import type { PrismaClient } from '../generated/prisma/client';
import type { Batch } from './buffer';

/**
 * Writes one batch (./buffer.ts) in ONE statement: article views added to
 * their hour rows and ad impressions and clicks to their day rows
 * (INSERT … SELECT FROM unnest(arrays) … ON CONFLICT DO UPDATE SET n = n +
 * excluded.n, two data-modifying CTEs). Ids that are not (or no longer) an
 * article or campaign are skipped by the joins, so a made-up id costs
 * nothing. Returns the rows touched.
 */
export async function writeBatch(db: PrismaClient, batch: Batch): Promise<{ viewRows: number; adRows: number }> {
  const rows = await db.$queryRaw<{ view_rows: number; ad_rows: number }[]>`
    WITH v AS (
      INSERT INTO "ArticleViewHour" ("articleId", "hour", "views")
      SELECT u.id, u.hour, u.n
      FROM unnest(${batch.views.ids}::text[], ${batch.views.hours}::timestamp(3)[], ${batch.views.counts}::int[]) AS u(id, hour, n)
      JOIN "Article" a ON a."id" = u.id
      ORDER BY u.id, u.hour
      ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHour"."views" + excluded."views"
      RETURNING 1
    ), s AS (
      INSERT INTO "AdStatDay" ("campaignId", "day", "impressions", "clicks")
      SELECT u.id, u.day, u.i, u.c
      FROM unnest(${batch.ads.ids}::text[], ${batch.ads.days}::timestamp(3)[], ${batch.ads.impressions}::int[], ${batch.ads.clicks}::int[]) AS u(id, day, i, c)
      JOIN "AdCampaign" c ON c."id" = u.id
      ORDER BY u.id, u.day
      ON CONFLICT ("campaignId", "day") DO UPDATE SET "impressions" = "AdStatDay"."impressions" + excluded."impressions", "clicks" = "AdStatDay"."clicks" + excluded."clicks"
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM v)::int AS view_rows, (SELECT count(*) FROM s)::int AS ad_rows`;
  return { viewRows: rows[0]?.view_rows ?? 0, adRows: rows[0]?.ad_rows ?? 0 };
}
