import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePagePermission } from '@/lib/auth/session';
import { CampaignForm, EMPTY_CAMPAIGN } from '@/components/admin/ads/CampaignForm';
import { AdminShell, Forbidden } from '../../_components/AdminShell';
import { campaignFormOptions } from '../_form';

export const instant = false;

export const metadata: Metadata = { title: 'New campaign' };

export default async function NewCampaignPage() {
  const { user, allowed } = await requirePagePermission('ads:manage', '/admin/ads/new');
  if (!allowed) return <Forbidden user={user} />;
  const options = await campaignFormOptions();
  return (
    <AdminShell user={user} title="New campaign">
      <p className="mt-2 text-sm">
        <Link href="/admin/ads" className="prose-link">
          All campaigns
        </Link>
      </p>
      <CampaignForm initial={EMPTY_CAMPAIGN} {...options} />
    </AdminShell>
  );
}
