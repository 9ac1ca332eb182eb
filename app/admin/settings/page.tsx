import type { Metadata } from 'next';
import { requirePagePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { getSettings, listSocialLinks } from '@/lib/settings/admin';
import { listEditions } from '@/lib/editions/admin';
import { EditionsForm } from './EditionsForm';
import { SettingsForm } from './SettingsForm';
import { SocialLinksEditor } from './SocialLinksEditor';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'Site settings' };

export default async function SettingsPage() {
  const { user, allowed } = await requirePagePermission('settings:manage', '/admin/settings');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;

  const [settings, links, editions] = await Promise.all([getSettings(db()), listSocialLinks(db()), listEditions(db())]);
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Site settings">
      <section aria-labelledby="site-settings" className="mt-6">
        <h2 id="site-settings" className="font-serif text-2xl font-bold">
          Site
        </h2>
        <SettingsForm initial={settings} />
      </section>
      <section aria-labelledby="editions" className="mt-10">
        <h2 id="editions" className="font-serif text-2xl font-bold">
          Editions
        </h2>
        <p className="mt-1 text-sm text-muted">The languages the site publishes in. Changing a prefix moves every address of that edition.</p>
        <EditionsForm initial={editions} />
      </section>
      <section aria-labelledby="social-links" className="mt-10">
        <h2 id="social-links" className="font-serif text-2xl font-bold">
          Social links
        </h2>
        <p className="mt-1 text-sm text-muted">Shown in the page header and after every article, in this order.</p>
        <SocialLinksEditor links={links} />
      </section>
    </AdminShell>
  );
}
