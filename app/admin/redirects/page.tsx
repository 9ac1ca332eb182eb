import type { Metadata } from 'next';
import { db } from '@/lib/db/client';
import { requirePagePermission } from '@/lib/auth/session';
import { listRedirects } from '@/lib/redirects/admin';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { AdminTable } from '@/components/admin/AdminTable';
import { LocalTime } from '@/components/admin/LocalTime';
import { signOutAction } from '../account/actions';
import { CreateRedirectForm, DeleteRedirectForm } from './RedirectForms';

export const instant = false;

export const metadata: Metadata = { title: 'Redirects' };

export default async function RedirectsPage() {
  const { user, allowed } = await requirePagePermission('redirects:manage', '/admin/redirects');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;
  const rows = await listRedirects(db());
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Redirects">
      <p className="mt-2 max-w-3xl text-sm text-muted">
        Old addresses that answer “moved permanently” (301). Renaming a published article adds one by itself, pointing at the article, so its old address always leads to the
        current one. An unpublished article’s addresses answer “gone” (410).
      </p>
      <h2 className="mt-8 text-lg font-bold">Add a redirect</h2>
      <CreateRedirectForm />
      <h2 className="mt-10 text-lg font-bold">Redirects ({rows.length})</h2>
      <div className="mt-2">
        <AdminTable caption="Redirects, newest first" columns={['Old path', 'Goes to', 'Added', '']}>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line last:border-0" data-testid="redirect-row" data-from={r.fromPath}>
              <td className="px-3 py-2 font-mono text-xs">{r.fromPath}</td>
              <td className="px-3 py-2">
                <span className="font-mono text-xs">{r.to}</span>
                {r.articleTitle && <span className="block text-muted">Article: {r.articleTitle}</span>}
              </td>
              <td className="px-3 py-2 text-muted">
                <LocalTime iso={r.createdAt.toISOString()} /> · {r.kind === 'AUTO' ? 'when the article was renamed' : (r.createdBy ?? 'staff')}
              </td>
              <td className="px-3 py-2">
                <DeleteRedirectForm id={r.id} fromPath={r.fromPath} />
              </td>
            </tr>
          ))}
        </AdminTable>
      </div>
    </AdminShell>
  );
}
