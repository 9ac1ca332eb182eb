/**
 * Ad statistics for /admin/ads: impressions and clicks per campaign per day
 * (UTC), as the beacon and click counters wrote them (lib/metrics/, ADR 018).
 * Plain functions over an explicit client; the page checks the role.
 */
import type { PrismaClient } from '../generated/prisma/client';

export const STATS_DAYS = [14, 30] as const;
export type StatsDays = (typeof STATS_DAYS)[number];

export type DayStat = { day: string; impressions: number; clicks: number };
export type CampaignStats = { campaignId: string; impressions: number; clicks: number; days: DayStat[] };

/** The UTC day (YYYY-MM-DD) `back` days before `now`'s. */
function dayKey(now: Date, back = 0): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back));
  return d.toISOString().slice(0, 10);
}

/** Click-through rate as a share (0-1), or null with no impressions. */
export function clickThroughRate(impressions: number, clicks: number): number | null {
  return impressions > 0 ? clicks / impressions : null;
}

/** "1.25 %", or "–" with no impressions. */
export function formatCtr(impressions: number, clicks: number): string {
  const ctr = clickThroughRate(impressions, clicks);
  return ctr === null ? '–' : `${(ctr * 100).toFixed(2)} %`;
}

/**
 * Every campaign's counts for the last `days` days (today included), one
 * entry per day, oldest first (days with nothing count 0). Campaigns with no
 * counts get all zeros.
 */
export async function campaignStats(db: PrismaClient, campaignIds: string[], days: number, now = new Date()): Promise<Map<string, CampaignStats>> {
  const keys = Array.from({ length: days }, (_, i) => dayKey(now, days - 1 - i));
  const rows = await db.adStatDay.findMany({
    where: { campaignId: { in: campaignIds }, day: { gte: new Date(`${keys[0]}T00:00:00.000Z`) } },
    select: { campaignId: true, day: true, impressions: true, clicks: true },
  });
  const out = new Map<string, CampaignStats>();
  for (const id of campaignIds) out.set(id, { campaignId: id, impressions: 0, clicks: 0, days: keys.map((day) => ({ day, impressions: 0, clicks: 0 })) });
  for (const r of rows) {
    const stats = out.get(r.campaignId);
    const entry = stats?.days.find((d) => d.day === r.day.toISOString().slice(0, 10));
    if (!stats || !entry) continue;
    entry.impressions += r.impressions;
    entry.clicks += r.clicks;
    stats.impressions += r.impressions;
    stats.clicks += r.clicks;
  }
  return out;
}
