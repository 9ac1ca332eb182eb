import type { Metadata } from 'next';
import Link from 'next/link';
import { ACTION_LABELS, can, permissionsOf, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { AdminShell } from '@/components/admin/AdminShell';
import { signOutAction } from './account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  const user = await requireUser('/admin');
  const actions = permissionsOf(user.role);
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Dashboard">
      <p className="mt-2 text-muted">
        Welcome, {user.name}. As {ROLE_LABELS[user.role].toLowerCase()} you can:
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6" aria-label="What you can do">
        {actions.map((action) => (
          <li key={action} data-permission={action}>
            {ACTION_LABELS[action]}
          </li>
        ))}
      </ul>
      <ul className="mt-8 flex flex-wrap gap-4">
        {can(user.role, 'users:manage') && (
          <li>
            <Link href="/admin/users" className="prose-link font-semibold">
              Manage users
            </Link>
          </li>
        )}
        <li>
          <Link href="/admin/account" className="prose-link font-semibold">
            Your account and password
          </Link>
        </li>
      </ul>
    </AdminShell>
  );
}
