import { AdminTable } from '@/components/admin/AdminTable';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listCampaigns, PLACEMENT_LABELS, type CampaignState } from '@/lib/ads/admin';
import { editionOption } from '@/lib/editions/labels';
import { adminEditions } from '@/lib/editorial/queries';
import { requirePagePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { ToggleCampaign } from './CampaignRowActions';
import { LocalTime } from '@/components/admin/LocalTime';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../account/actions';
import { buttonClass } from '@/components/admin/fields';
import { CampaignStatsCell } from '@/components/admin/CampaignStatsCell';
import { campaignStats, STATS_DAYS, type StatsDays } from '@/lib/ads/stats';

export const instant = false;

export const metadata: Metadata = { title: 'Ad campaigns' };

const STATE_STYLE: Record<CampaignState, string> = {
  running: 'border-green-700 text-green-800',
  scheduled: 'border-blue-700 text-blue-800',
  ended: 'border-muted text-muted',
  inactive: 'border-muted text-muted',
};

function When({ date, empty }: { date: Date | null; empty: string }) {
  return date ? <LocalTime iso={date.toISOString()} /> : <span className="text-muted">{empty}</span>;
}

export default async function AdsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, allowed } = await requirePagePermission('ads:manage', '/admin/ads');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;

  const days: StatsDays = (await searchParams).days === '30' ? 30 : 14;
  const [campaigns, editions] = await Promise.all([listCampaigns(db()), adminEditions()]);
  const editionLabel = new Map(editions.map((e) => [e.code, editionOption(e)]));
  const stats = await campaignStats(
    db(),
    campaigns.map((c) => c.id),
    days,
  );
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Ad campaigns">
      <p className="mt-2">
        <Link href="/admin/ads/new" className={`${buttonClass} inline-block`}>
          New campaign
        </Link>
      </p>
      <p className="mt-4 text-sm text-muted">
        Impressions (the ad at least half in view for a second) and clicks, per UTC day, over the last{' '}
        {STATS_DAYS.map((d, i) => (
          <span key={d}>
            {i > 0 && ' or '}
            {d === days ? (
              <strong aria-current="true">{d} days</strong>
            ) : (
              <Link href={`/admin/ads?days=${d}`} className="underline">
                {d} days
              </Link>
            )}
          </span>
        ))}
        . Bots and prefetches are not counted; counts arrive within a few seconds.
      </p>
      <section aria-labelledby="campaigns" className="mt-6">
        <h2 id="campaigns" className="sr-only">
          Campaigns
        </h2>
        {campaigns.length === 0 ? (
          <p className="text-muted">No campaigns yet: articles show house ads.</p>
        ) : (
          <AdminTable caption={`Ad campaigns: ${campaigns.length}`} columns={['Campaign', 'Placement', 'Edition', 'State', 'Runs', 'Weight', `Last ${days} days`, 'Actions']}>
            {campaigns.map((c) => (
              <tr key={c.id} className="border-b border-line align-top last:border-0" data-testid="campaign-row" data-name={c.name}>
                <td className="px-3 py-2">
                  <Link href={`/admin/ads/${c.id}`} className="font-semibold hover:underline">
                    {c.name}
                  </Link>
                  <span className="block text-muted">{c.headline}</span>
                </td>
                <td className="px-3 py-2">{PLACEMENT_LABELS[c.placement]}</td>
                <td className="px-3 py-2" data-testid="campaign-edition">
                  {c.language ? (editionLabel.get(c.language) ?? c.language) : <span className="text-muted">Every edition</span>}
                </td>
                <td className="px-3 py-2">
                  <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold uppercase ${STATE_STYLE[c.state]}`} data-testid="campaign-state">
                    {c.state}
                  </span>
                </td>
                <td className="px-3 py-2">
                  <When date={c.startsAt} empty="from creation" /> – <When date={c.endsAt} empty="no end" />
                </td>
                <td className="px-3 py-2">{c.weight}</td>
                <td className="px-3 py-2" data-testid="campaign-stats">
                  <CampaignStatsCell stats={stats.get(c.id)} name={c.name} days={days} />
                </td>
                <td className="px-3 py-2">
                  <ToggleCampaign id={c.id} name={c.name} active={c.active} />
                </td>
              </tr>
            ))}
          </AdminTable>
        )}
      </section>
    </AdminShell>
  );
}
