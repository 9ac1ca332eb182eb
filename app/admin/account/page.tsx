import type { Metadata } from 'next';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { AdminShell } from '@/components/admin/AdminShell';
import { secondaryButtonClass } from '@/components/admin/fields';
import { signOutAction } from './actions';
import { ChangePasswordForm } from './ChangePasswordForm';

export const instant = false;

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser('/admin/account');
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Your account">
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>

      <section aria-labelledby="change-password" className="mt-10">
        <h2 id="change-password" className="font-serif text-2xl font-bold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sign-out" className="mt-10">
        <h2 id="sign-out" className="font-serif text-2xl font-bold">
          Sign out
        </h2>
        <p className="mt-2 text-sm text-muted">Ends this session. Sessions also end after 12 hours without use, and 7 days after signing in.</p>
        <form action={signOutAction} className="mt-3">
          <button type="submit" className={secondaryButtonClass}>
            Sign out of this browser
          </button>
        </form>
      </section>
    </AdminShell>
  );
}
