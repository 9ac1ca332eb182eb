'use client';

import { useState } from 'react';
import { buttonClass, FormError, FormSuccess, secondaryButtonClass } from '@/components/admin/fields';
import type { LiveStatusValue } from '@/lib/live/schema';
import * as api from './api';
import { EntryForm } from './EntryForm';
import { EntryItem } from './EntryItem';

const STATUS_TEXT: Record<LiveStatusValue, string> = {
  NONE: 'This article is not a live blog.',
  LIVE: 'Live: readers see new entries as you post them.',
  ENDED: 'Ended: the page shows the entries and says the live blog has ended.',
};

/**
 * The live blog of one article in the admin (ADR 017): start, end or stop
 * it, post entries, edit and delete them, all through the JSON API without
 * reloading the page.
 */
export function LiveBlogPanel({ articleId, initialStatus, initialEntries }: { articleId: string; initialStatus: LiveStatusValue; initialEntries: api.EntryJson[] }) {
  const [status, setStatus] = useState(initialStatus);
  const [entries, setEntries] = useState(initialEntries);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function changeStatus(next: LiveStatusValue) {
    setBusy(true);
    const answer = await api.setLiveStatus(articleId, next);
    setBusy(false);
    if (answer.ok) {
      setStatus(answer.value.status);
      setMessage({ tone: 'ok', text: next === 'LIVE' ? 'The live blog is on.' : next === 'ENDED' ? 'The live blog has ended.' : 'This is an ordinary article again.' });
    } else setMessage({ tone: 'error', text: answer.message });
  }

  async function post(fields: api.EntryFields) {
    const answer = await api.postEntry(articleId, fields);
    if (answer.ok) {
      setEntries((list) => [answer.value, ...list]);
      setMessage({ tone: 'ok', text: `Posted “${answer.value.title}”.` });
    }
    return answer;
  }

  async function save(entryId: string, fields: api.EntryFields) {
    const answer = await api.saveEntry(articleId, entryId, fields);
    if (answer.ok) {
      setEntries((list) => list.map((e) => (e.id === entryId ? answer.value : e)));
      setMessage({ tone: 'ok', text: `Saved “${answer.value.title}”.` });
    }
    return answer;
  }

  async function remove(entryId: string) {
    const answer = await api.deleteEntry(articleId, entryId);
    if (answer.ok) {
      setEntries((list) => list.filter((e) => e.id !== entryId));
      setMessage({ tone: 'ok', text: 'The entry was deleted.' });
    } else setMessage({ tone: 'error', text: answer.message });
    return answer.ok;
  }

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-8">
        {status !== 'NONE' && (
          <section aria-labelledby="new-entry-heading">
            <h2 id="new-entry-heading" className="font-serif text-2xl font-bold">
              New entry
            </h2>
            <div className="mt-3">
              <EntryForm onSubmit={post} />
            </div>
          </section>
        )}
        <section aria-labelledby="entries-heading">
          <h2 id="entries-heading" className="font-serif text-2xl font-bold">
            Entries ({entries.length})
          </h2>
          {entries.length === 0 ? (
            <p className="mt-2 text-muted">No entries yet.</p>
          ) : (
            <ul className="mt-2">
              {entries.map((e) => (
                <EntryItem key={`${e.id}-${e.updatedAt ?? ''}`} entry={e} onSave={(fields) => save(e.id, fields)} onDelete={() => remove(e.id)} />
              ))}
            </ul>
          )}
        </section>
      </div>
      <aside className="space-y-3 lg:sticky lg:top-16 lg:self-start" aria-labelledby="live-state-heading">
        <h2 id="live-state-heading" className="font-serif text-xl font-bold">
          Live blog
        </h2>
        <p data-testid="live-status">{STATUS_TEXT[status]}</p>
        <div className="flex flex-wrap gap-2">
          {status !== 'LIVE' && (
            <button type="button" className={buttonClass} disabled={busy} onClick={() => void changeStatus('LIVE')}>
              {status === 'ENDED' ? 'Resume live blog' : 'Make this a live blog'}
            </button>
          )}
          {status === 'LIVE' && (
            <button type="button" className={buttonClass} disabled={busy} onClick={() => void changeStatus('ENDED')}>
              End live blog
            </button>
          )}
          {status !== 'NONE' && (
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void changeStatus('NONE')}>
              Turn back into an article
            </button>
          )}
        </div>
        {message?.tone === 'ok' && <FormSuccess message={message.text} />}
        {message?.tone === 'error' && <FormError message={message.text} />}
      </aside>
    </div>
  );
}
