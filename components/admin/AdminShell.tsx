import Link from 'next/link';
import { can, ROLE_LABELS, type Action } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';
import { DemoAccountsBanner } from './DemoAccountsBanner';
import { secondaryButtonClass } from './fields';

/** Admin sections, each shown to the roles that may use it. */
const NAV: { href: string; label: string; action?: Action }[] = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/articles', label: 'Articles' },
  { href: '/admin/media', label: 'Media', action: 'media:manage' },
  { href: '/admin/taxonomy', label: 'Sections, tags & authors', action: 'taxonomy:manage' },
  { href: '/admin/ads', label: 'Ads', action: 'ads:manage' },
  { href: '/admin/redirects', label: 'Redirects', action: 'redirects:manage' },
  { href: '/admin/settings', label: 'Settings', action: 'settings:manage' },
  { href: '/admin/users', label: 'Users', action: 'users:manage' },
  { href: '/admin/audit', label: 'Audit log', action: 'audit:view' },
  { href: '/admin/account', label: 'Account' },
];

/** The server action behind the header's Sign out button (app/admin/account/actions.ts), passed in by the page so that components never import from app/. */
export type SignOutAction = () => Promise<void>;

/** Header, navigation and main landmark of every signed-in admin page. */
export function AdminShell({ user, title, signOutAction, children }: { user: SessionUser; title: string; signOutAction: SignOutAction; children: React.ReactNode }) {
  return (
    <>
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <DemoAccountsBanner canManageUsers={can(user.role, 'users:manage')} />
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label="Admin" className="flex flex-wrap items-center gap-4 text-sm font-semibold">
            <Link href="/admin" className="font-serif text-lg font-bold text-brand">
              Newsroom admin
            </Link>
            {NAV.filter((item) => !item.action || can(user.role, item.action)).map((item) => (
              <Link key={item.href} href={item.href} className="hover:underline">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>
              Signed in as <strong>{user.name}</strong> <span className="text-muted">({ROLE_LABELS[user.role]})</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className={secondaryButtonClass}>
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="content" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="font-serif text-3xl font-bold">{title}</h1>
        {children}
      </main>
    </>
  );
}

/** Shown (inside the shell) when the signed-in user's role may not open a page. */
export function Forbidden({ user, signOutAction }: { user: SessionUser; signOutAction: SignOutAction }) {
  return (
    <AdminShell user={user} title="Access denied" signOutAction={signOutAction}>
      <div className="mt-4 max-w-xl space-y-3" data-testid="forbidden">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">Error 403 · Forbidden</p>
        <p>Your role ({ROLE_LABELS[user.role]}) does not allow this page. Ask an administrator if you need access.</p>
        <p>
          <Link href="/admin" className="prose-link">
            Back to the dashboard
          </Link>
        </p>
      </div>
    </AdminShell>
  );
}
