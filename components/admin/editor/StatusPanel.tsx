'use client';

import Link from 'next/link';
import { useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import type { ArticleStatus, PendingInfo, TransitionAction } from '@/lib/editorial/types';
import { LocalTime, useMounted } from '../LocalTime';
import { StatusBadge } from '../StatusBadge';
import { inputClass } from './controls';

const pad = (n: number) => String(n).padStart(2, '0');
/** A Date as the value of a datetime-local input (local time, seconds). */
export const toLocalInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/**
 * Current status and the workflow actions the user's role allows. On a
 * published or scheduled article with unpublished changes: Update (editors),
 * Submit changes for review (authors) and Discard changes.
 */
export function StatusPanel({
  status,
  publishedAt,
  scheduledAt,
  publicPath,
  articleId,
  canPublish,
  pending,
  hasChanges,
  busy,
  message,
  onTransition,
}: {
  status: ArticleStatus | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  publicPath: string | null;
  articleId: string | null;
  canPublish: boolean;
  /** Saved unpublished changes, if any. */
  pending: PendingInfo | null;
  /** A live article whose editor holds changes readers do not see (saved or not). */
  hasChanges: boolean;
  busy: boolean;
  message: { tone: 'ok' | 'error'; text: string } | null;
  onTransition: (action: TransitionAction, scheduledAt?: string) => void;
}) {
  // Default: an hour from now, in the browser's zone (set after hydration: the server knows neither).
  const mounted = useMounted();
  const [openedAt] = useState(() => Date.now());
  const [picked, setScheduleAt] = useState<string | null>(null);
  const scheduleAt = picked ?? (mounted ? toLocalInput(new Date(openedAt + 60 * 60 * 1000)) : '');
  const [scheduleError, setScheduleError] = useState('');
  const current = status ?? 'DRAFT';

  function schedule() {
    const date = new Date(scheduleAt);
    if (!scheduleAt || Number.isNaN(date.getTime())) return setScheduleError('Enter a date and time');
    if (date.getTime() <= Date.now()) return setScheduleError('Choose a time in the future');
    setScheduleError('');
    onTransition('schedule', date.toISOString());
  }

  return (
    <section aria-labelledby="status-heading" className="space-y-3 rounded border border-line bg-white p-4">
      <h2 id="status-heading" className="font-serif text-xl font-bold">
        Status
      </h2>
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="article-status">
        {status ? <StatusBadge status={current} /> : <span className="text-muted">Not saved yet</span>}
        {current === 'PUBLISHED' && publishedAt && (
          <span>
            since <LocalTime iso={publishedAt} />
          </span>
        )}
        {current === 'SCHEDULED' && scheduledAt && (
          <span>
            for <LocalTime iso={scheduledAt} />
          </span>
        )}
        {hasChanges && <span className="font-semibold text-amber-900">— unpublished changes</span>}
      </p>
      {hasChanges && (
        <p className="text-sm" data-testid="pending-note">
          {pending?.submittedAt ? (
            <>
              {pending.submittedBy ?? 'An author'} submitted these changes for review at <LocalTime iso={pending.submittedAt} />.{' '}
            </>
          ) : null}
          {!canPublish
            ? `Readers see the ${current === 'SCHEDULED' ? 'scheduled' : 'live'} version until an editor publishes your changes.`
            : current === 'SCHEDULED'
              ? 'The scheduled version goes live without them; Update, Reschedule or Publish now include them.'
              : 'Readers see the live version until you press Update.'}
        </p>
      )}
      {hasChanges && (
        <div className="flex flex-wrap gap-2">
          {canPublish ? (
            <button type="button" className={buttonClass} disabled={busy} onClick={() => onTransition('update')}>
              Update
            </button>
          ) : (
            <button type="button" className={buttonClass} disabled={busy} onClick={() => onTransition('submit-changes')}>
              {pending?.submittedAt ? 'Submit changes again' : 'Submit changes for review'}
            </button>
          )}
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={busy}
            onClick={() => {
              if (
                window.confirm(
                  `Discard the unpublished changes? The editor goes back to the ${current === 'SCHEDULED' ? 'scheduled' : 'live'} version (the changes stay in the revision history).`,
                )
              )
                onTransition('discard');
            }}
          >
            Discard changes
          </button>
        </div>
      )}
      {publicPath && current === 'PUBLISHED' && (
        <p>
          <a href={publicPath} className="prose-link font-semibold" target="_blank" rel="noopener">
            View the public page<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {(current === 'DRAFT' || current === 'UNPUBLISHED') && (
          <button type="button" className={canPublish ? secondaryButtonClass : buttonClass} disabled={busy} onClick={() => onTransition('submit')}>
            Submit for review
          </button>
        )}
        {canPublish && current !== 'PUBLISHED' && (
          <button type="button" className={buttonClass} disabled={busy} onClick={() => onTransition('publish')}>
            Publish now
          </button>
        )}
        {canPublish && current === 'PUBLISHED' && (
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => onTransition('unpublish')}>
            Unpublish
          </button>
        )}
        {canPublish && (current === 'IN_REVIEW' || current === 'SCHEDULED' || current === 'UNPUBLISHED') && (
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => onTransition('draft')}>
            Back to draft
          </button>
        )}
      </div>
      {canPublish && current !== 'PUBLISHED' && (
        <div className="border-t border-line pt-3">
          <label htmlFor="schedule-at" className="block text-sm font-semibold">
            Publish at
          </label>
          <p id="schedule-at-hint" className="text-sm text-muted">
            Your local time.
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <input
              id="schedule-at"
              type="datetime-local"
              step={1}
              value={scheduleAt}
              onChange={(e) => setScheduleAt(e.target.value)}
              aria-invalid={scheduleError ? true : undefined}
              aria-describedby={`schedule-at-hint${scheduleError ? ' schedule-at-error' : ''}`}
              className={`${inputClass} w-auto`}
            />
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={schedule}>
              {current === 'SCHEDULED' ? 'Reschedule' : 'Schedule'}
            </button>
          </div>
          {scheduleError && (
            <p id="schedule-at-error" className="mt-1 text-sm font-medium text-brand">
              {scheduleError}
            </p>
          )}
        </div>
      )}
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`text-sm font-medium ${message.tone === 'error' ? 'text-brand' : 'text-green-800'}`}>
          {message.text}
        </p>
      )}
      {articleId && (
        <ul className="space-y-1 border-t border-line pt-3 text-sm">
          <li>
            <Link href={`/admin/articles/${articleId}/preview`} className="prose-link font-semibold" target="_blank">
              Preview<span className="sr-only"> (opens in a new tab)</span>
            </Link>
          </li>
          <li>
            <Link href={`/admin/articles/${articleId}/revisions`} className="prose-link">
              Revision history
            </Link>
          </li>
          <li>
            <Link href={`/admin/articles/${articleId}/live`} className="prose-link">
              Live blog
            </Link>
          </li>
        </ul>
      )}
    </section>
  );
}
