import Link from 'next/link';
import { demoAccountsWarning } from '@/lib/auth/demo-accounts';
import { demoAccountsToWarnAbout } from '@/lib/auth/demo-warning';

/** On a production instance, a banner on every admin page while demo staff accounts (public passwords) are enabled. */
export async function DemoAccountsBanner({ canManageUsers }: { canManageUsers: boolean }) {
  const emails = await demoAccountsToWarnAbout();
  if (!emails.length) return null;
  return (
    <div role="alert" data-testid="demo-accounts-banner" className="bg-brand px-4 py-3 text-sm text-white">
      <p className="mx-auto max-w-5xl">
        <strong>Security warning:</strong> {demoAccountsWarning(emails)}{' '}
        {canManageUsers ? (
          <Link href="/admin/users" className="font-semibold underline">
            Manage users
          </Link>
        ) : (
          'Tell an administrator.'
        )}
      </p>
    </div>
  );
}
