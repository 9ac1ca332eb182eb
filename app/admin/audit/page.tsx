import type { Metadata } from 'next';
import Link from 'next/link';
import { AUDIT_ACTION_NAMES, auditActionLabel } from '@/lib/audit/actions';
import { auditFilterSchema, auditPeople, listAuditEntries } from '@/lib/audit/log';
import { requirePagePermission } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { getSiteChrome } from '@/lib/settings/queries';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { AuditLogTable } from '@/components/admin/AuditLogTable';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { FilterSelect } from '@/components/admin/FilterSelect';
import { signOutAction } from '../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const inputClass = 'mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-base';

const ACTION_OPTIONS = AUDIT_ACTION_NAMES.map((a) => ({ value: a, label: auditActionLabel(a) }));

/** The audit log (admins only): filters in the query string, newest first, pages by cursor. Nothing here changes it. */
export default async function AuditPage({ searchParams }: Props) {
  const { user, allowed } = await requirePagePermission('audit:view', '/admin/audit');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;

  const params = await searchParams;
  const filter = auditFilterSchema.parse({
    person: first(params.person),
    action: first(params.action),
    from: first(params.from),
    to: first(params.to),
    cursor: first(params.cursor),
  });
  const { settings } = await getSiteChrome();
  const [{ items, nextCursor }, people] = await Promise.all([listAuditEntries(db(), filter, settings.timeZone), auditPeople(db())]);

  const query = (extra: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ person: filter.person, action: filter.action, from: filter.from, to: filter.to, ...extra })) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `/admin/audit?${s}` : '/admin/audit';
  };
  const filtered = Boolean(filter.person || filter.action || filter.from || filter.to);

  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Audit log">
      <p className="mt-4 text-sm text-muted">
        Sign-ins, account changes, publishing and changes to settings, ads, sections, tags, authors and images. Entries cannot be changed or deleted. Times and days are in{' '}
        {settings.timeZone}.
      </p>

      <form
        method="get"
        action="/admin/audit"
        aria-label="Filter the audit log"
        className="mt-6 grid grid-cols-2 gap-3 rounded border border-line bg-white p-4 lg:grid-cols-[repeat(4,minmax(8rem,1fr))_auto]"
      >
        <FilterSelect name="person" label="Person" value={filter.person} any="Anyone" options={people.map((p) => ({ value: p.id, label: p.label }))} />
        <FilterSelect name="action" label="Action" value={filter.action} any="Any action" options={ACTION_OPTIONS} />
        <div>
          <label htmlFor="filter-from" className="block text-sm font-semibold">
            From (day)
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-to" className="block text-sm font-semibold">
            To (day)
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
        </div>
        <div className="col-span-2 flex items-end gap-2 lg:col-span-1">
          <button type="submit" className={buttonClass}>
            Apply
          </button>
          {filtered && (
            <Link href="/admin/audit" className="py-2 text-sm font-semibold underline">
              Clear
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="entries-heading" className="mt-6">
        <h2 id="entries-heading" className="sr-only">
          Entries
        </h2>
        {items.length === 0 ? (
          <p className="rounded border border-line bg-white p-4" role="status">
            {filtered ? 'No entries match these filters.' : 'No entries yet.'}
          </p>
        ) : (
          <AuditLogTable entries={items} timeZone={settings.timeZone} />
        )}
        <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-3">
          {filter.cursor && (
            <Link href={query({})} className={secondaryButtonClass}>
              ← Newest entries
            </Link>
          )}
          {nextCursor && (
            <Link href={query({ cursor: nextCursor })} className={secondaryButtonClass}>
              Older entries →
            </Link>
          )}
        </nav>
      </section>
    </AdminShell>
  );
}
