import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { campaignState, getCampaign } from '@/lib/ads/admin';
import { requirePagePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { CampaignForm } from '../CampaignForm';
import { DeleteCampaign } from '../CampaignRowActions';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../../account/actions';
import { campaignFormOptions, campaignFormValues } from '../_form';

export const instant = false;

export const metadata: Metadata = { title: 'Edit campaign' };

type Props = { params: Promise<{ id: string }> };

export default async function EditCampaignPage({ params }: Props) {
  const { id } = await params;
  const { user, allowed } = await requirePagePermission('ads:manage', `/admin/ads/${id}`);
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;
  const [campaign, options] = await Promise.all([getCampaign(db(), id), campaignFormOptions()]);
  if (!campaign) notFound();
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Edit campaign">
      <p className="mt-2 text-sm">
        <Link href="/admin/ads" className="prose-link">
          All campaigns
        </Link>{' '}
        · Now: <strong data-testid="campaign-state">{campaignState(campaign)}</strong>
      </p>
      <CampaignForm key={campaign.id} campaignId={campaign.id} initial={campaignFormValues(campaign)} {...options} />
      <section aria-labelledby="delete-campaign" className="mt-10 max-w-3xl border-t border-line pt-4">
        <h2 id="delete-campaign" className="font-serif text-xl font-bold">
          Delete
        </h2>
        <p className="text-sm text-muted">Deleting cannot be undone. To pause a campaign, untick Active instead.</p>
        <DeleteCampaign id={campaign.id} name={campaign.name} />
      </section>
    </AdminShell>
  );
}
