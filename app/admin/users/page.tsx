import { AdminTable } from '@/components/admin/AdminTable';
import type { Metadata } from 'next';
import { db } from '@/lib/db/client';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/auth/users';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../account/actions';
import { CreateUserForm } from './CreateUserForm';
import { UserRowForms } from './UserRowForms';

export const instant = false;

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const { user, allowed } = await requirePagePermission('users:manage', '/admin/users');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;

  const users = await listUsers(db());
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Users">
      <section aria-labelledby="staff" className="mt-6">
        <h2 id="staff" className="sr-only">
          Staff accounts
        </h2>
        <AdminTable caption={`Staff accounts: ${users.length}`} columns={['Name', 'Email', 'Role', 'Status', 'Actions']}>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line align-top last:border-0" data-email={u.email}>
              <td className="px-3 py-2 font-semibold">
                {u.name}
                {u.id === user.id && <span className="ml-1 font-normal text-muted">(you)</span>}
              </td>
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
              <td className="px-3 py-2">{u.disabled ? <span className="font-semibold text-brand">Disabled</span> : 'Active'}</td>
              <td className="px-3 py-2">
                <UserRowForms userId={u.id} email={u.email} role={u.role} disabled={u.disabled} isSelf={u.id === user.id} />
              </td>
            </tr>
          ))}
        </AdminTable>
      </section>

      <section aria-labelledby="create-user" className="mt-10">
        <h2 id="create-user" className="font-serif text-2xl font-bold">
          Create a user
        </h2>
        <CreateUserForm />
      </section>
    </AdminShell>
  );
}
