'use client';

import { AdminTable } from '../AdminTable';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import type { ArticleStatus } from '@/lib/editorial/types';
import { LocalTime } from '../LocalTime';
import { StatusBadge } from '../StatusBadge';
import { restoreRevision } from '../editor/api';
import { DiffLegend, FieldDiffList } from './FieldDiffList';
import type { FieldDiff } from '@/lib/editorial/diff';

export type Revision = { id: string; version: number; kind: string; status: ArticleStatus; pending: boolean; userName: string; savedAt: string };

/** The changes between two revisions (ids), as shown below the list. */
export type RevisionDiff = { from: string; to: string; fields: FieldDiff[] };

const KIND_LABELS: Record<string, string> = {
  CREATE: 'Created',
  SAVE: 'Saved',
  AUTOSAVE: 'Autosaved',
  SUBMIT: 'Submitted for review',
  PUBLISH: 'Published',
  SCHEDULE: 'Scheduled',
  UNPUBLISH: 'Unpublished',
  RESTORE: 'Restored',
  UPDATE: 'Changes published (Update)',
  DISCARD: 'Unpublished changes discarded',
  CORRECTION: 'Correction or note changed',
};

/** Saves of a live article are pending changes: say so beside their kind. */
const PENDING_LABELS: Record<string, string> = {
  SAVE: 'Saved as unpublished changes',
  AUTOSAVE: 'Autosaved as unpublished changes',
  SUBMIT: 'Changes submitted for review',
  RESTORE: 'Restored as unpublished changes',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * The revision list with "compare" radio buttons (from / to), the readable diff, and restore.
 * `initialDiff` is the server-rendered comparison of the default pair (see the page).
 */
export function RevisionsView({
  articleId,
  currentVersion,
  revisions,
  initialDiff,
}: {
  articleId: string;
  currentVersion: number;
  revisions: Revision[];
  initialDiff: RevisionDiff | null;
}) {
  const router = useRouter();
  // Newest first: compare the previous one with the newest by default.
  const [fromId, setFromId] = useState(initialDiff?.from ?? revisions[1]?.id ?? revisions[0]?.id ?? '');
  const [toId, setToId] = useState(initialDiff?.to ?? revisions[0]?.id ?? '');
  const [diff, setDiff] = useState<RevisionDiff | null>(initialDiff);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [restoring, setRestoring] = useState<string | null>(null);
  const diffHeading = useRef<HTMLHeadingElement>(null);

  async function compare() {
    const [from, to] = [fromId, toId];
    if (!from || !to) return;
    setLoading(true);
    setError('');
    try {
      const res = await fetch(`/admin/api/articles/${articleId}/revisions/diff?${new URLSearchParams({ from, to })}`, { headers: { Accept: 'application/json' } });
      const data = (await res.json().catch(() => null)) as { fields?: FieldDiff[]; message?: string } | null;
      if (!res.ok || !data?.fields) {
        setError(data?.message ?? `The comparison failed (${res.status}).`);
        return;
      }
      setDiff({ from, to, fields: data.fields });
      requestAnimationFrame(() => diffHeading.current?.focus());
    } catch {
      setError('The server could not be reached.');
    } finally {
      setLoading(false);
    }
  }

  async function restore(rev: Revision) {
    setRestoring(rev.id);
    setError('');
    const result = await restoreRevision(articleId, rev.id, currentVersion);
    if (result.ok) {
      router.push(`/admin/articles/${articleId}`);
      router.refresh();
      return;
    }
    setRestoring(null);
    setError(
      result.error === 'conflict'
        ? `${result.current.modifiedBy ?? 'Someone'} saved the article since this page was opened. Reload the page and try again.`
        : result.error === 'invalid'
          ? `${result.message} ${Object.values(result.fieldErrors).join(' ')}`
          : result.message,
    );
  }

  const byId = new Map(revisions.map((r) => [r.id, r]));
  const label = (id: string) => {
    const r = byId.get(id);
    return r ? `version ${r.version} (${when(r.savedAt)})` : 'a revision';
  };

  if (revisions.length === 0) return <p className="mt-6">No revisions yet.</p>;

  return (
    <div className="mt-6 space-y-8">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void compare();
        }}
      >
        <AdminTable
          caption="Revisions, newest first. Choose one “from” and one “to” to compare."
          columns={[
            'From',
            'To',
            'Version',
            'What',
            'Who',
            'When',
            <span key="a" className="sr-only">
              Actions
            </span>,
          ]}
        >
          {revisions.map((r) => (
            <tr key={r.id} className="border-b border-line last:border-0" data-revision-version={r.version}>
              <td className="px-3 py-2">
                <input
                  type="radio"
                  name="from"
                  className="size-4 accent-brand"
                  checked={fromId === r.id}
                  onChange={() => setFromId(r.id)}
                  aria-label={`Compare from version ${r.version}`}
                />
              </td>
              <td className="px-3 py-2">
                <input
                  type="radio"
                  name="to"
                  className="size-4 accent-brand"
                  checked={toId === r.id}
                  onChange={() => setToId(r.id)}
                  aria-label={`Compare to version ${r.version}`}
                />
              </td>
              <td className="px-3 py-2 font-semibold">
                {r.version}
                {r.version === currentVersion && <span className="ml-1 font-normal text-muted">(current)</span>}
              </td>
              <td className="px-3 py-2">
                <span className="mr-2">{(r.pending && PENDING_LABELS[r.kind]) || KIND_LABELS[r.kind] || r.kind}</span>
                <StatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2">{r.userName}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <LocalTime iso={r.savedAt} options={{ dateStyle: 'medium', timeStyle: 'medium' }} />
              </td>
              <td className="px-3 py-2">
                <button type="button" className={secondaryButtonClass} disabled={restoring !== null} onClick={() => void restore(r)}>
                  {restoring === r.id ? 'Restoring…' : 'Restore this version'}
                  <span className="sr-only"> (version {r.version})</span>
                </button>
              </td>
            </tr>
          ))}
        </AdminTable>
        <button type="submit" className={`${buttonClass} mt-3`} disabled={loading || !fromId || !toId || fromId === toId}>
          {loading ? 'Comparing…' : 'Compare selected versions'}
        </button>
        {fromId === toId && <p className="mt-1 text-sm text-muted">Choose two different versions.</p>}
      </form>

      {error && (
        <p role="alert" className="rounded border border-brand bg-white px-3 py-2 text-sm font-medium text-brand">
          {error}
        </p>
      )}

      {diff && (
        <section aria-labelledby="diff-heading" data-testid="diff">
          <h2 id="diff-heading" ref={diffHeading} tabIndex={-1} className="font-serif text-2xl font-bold focus:outline-none">
            Changes from {label(diff.from)} to {label(diff.to)}
          </h2>
          <DiffLegend />
          {diff.fields.length === 0 ? <p className="mt-3">No differences.</p> : <FieldDiffList fields={diff.fields} />}
        </section>
      )}
    </div>
  );
}
