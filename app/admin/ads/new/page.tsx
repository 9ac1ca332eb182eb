import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePagePermission } from '@/lib/auth/session';
import { CampaignForm, EMPTY_CAMPAIGN } from '../CampaignForm';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../../account/actions';
import { campaignFormOptions } from '../_form';

export const instant = false;

export const metadata: Metadata = { title: 'New campaign' };

export default async function NewCampaignPage() {
  const { user, allowed } = await requirePagePermission('ads:manage', '/admin/ads/new');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;
  const options = await campaignFormOptions();
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="New campaign">
      <p className="mt-2 text-sm">
        <Link href="/admin/ads" className="prose-link">
          All campaigns
        </Link>
      </p>
      <CampaignForm initial={EMPTY_CAMPAIGN} {...options} />
    </AdminShell>
  );
}
