import type { DayStat } from '@/lib/ads/stats';

const W = 168;
const ROW = 22;
const GAP = 4;

/**
 * A small chart of one campaign's days: impressions (grey bars, top row)
 * and clicks (red bars, bottom row), each row scaled to its own largest day.
 * Inline SVG, no script; each bar has a title with the day's numbers.
 */
export function AdStatsChart({ days, label }: { days: DayStat[]; label: string }) {
  const maxImpressions = Math.max(1, ...days.map((d) => d.impressions));
  const maxClicks = Math.max(1, ...days.map((d) => d.clicks));
  const step = W / days.length;
  const bar = Math.max(1, step - 1);
  return (
    <svg role="img" aria-label={label} width={W} height={ROW * 2 + GAP} viewBox={`0 0 ${W} ${ROW * 2 + GAP}`} className="block" data-testid="ad-stats-chart">
      <line x1={0} x2={W} y1={ROW} y2={ROW} className="stroke-line" strokeWidth={1} />
      <line x1={0} x2={W} y1={ROW * 2 + GAP} y2={ROW * 2 + GAP} className="stroke-line" strokeWidth={1} />
      {days.map((d, i) => {
        const hi = Math.round((d.impressions / maxImpressions) * (ROW - 2));
        const hc = Math.round((d.clicks / maxClicks) * (ROW - 2));
        return (
          <g key={d.day}>
            <title>{`${d.day}: ${d.impressions} impressions, ${d.clicks} clicks`}</title>
            <rect x={i * step} y={ROW - hi} width={bar} height={hi} className="fill-muted" />
            <rect x={i * step} y={ROW * 2 + GAP - hc} width={bar} height={hc} className="fill-brand" />
          </g>
        );
      })}
    </svg>
  );
}
