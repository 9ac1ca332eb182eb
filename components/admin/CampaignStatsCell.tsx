import { formatCtr, type CampaignStats } from '@/lib/ads/stats';
import { AdStatsChart } from './AdStatsChart';

/** A campaign's impressions, clicks, click-through rate and daily chart, in the /admin/ads table. */
export function CampaignStatsCell({ stats, name, days }: { stats: CampaignStats | undefined; name: string; days: number }) {
  if (!stats) return null;
  return (
    <>
      <dl className="grid grid-cols-[auto_auto] gap-x-3 text-xs">
        <dt className="text-muted">Impressions</dt>
        <dd data-testid="impressions">{stats.impressions}</dd>
        <dt className="text-muted">Clicks</dt>
        <dd data-testid="clicks">{stats.clicks}</dd>
        <dt className="text-muted">CTR</dt>
        <dd data-testid="ctr">{formatCtr(stats.impressions, stats.clicks)}</dd>
      </dl>
      <AdStatsChart days={stats.days} label={`${name}, last ${days} days: ${stats.impressions} impressions, ${stats.clicks} clicks`} />
    </>
  );
}
