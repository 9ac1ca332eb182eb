'use client';

import { useState } from 'react';
import { secondaryButtonClass } from '@/components/admin/fields';
import { LocalTime } from '@/components/admin/LocalTime';
import type { Answer, EntryFields, EntryJson } from './api';
import { EntryForm } from './EntryForm';

/** One posted entry in the admin: its time, title and author; edit in place, or delete (asks once more). */
export function EntryItem({ entry, onSave, onDelete }: { entry: EntryJson; onSave: (fields: EntryFields) => Promise<Answer<EntryJson>>; onDelete: () => Promise<boolean> }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <li className="border-t border-line py-3" data-testid="live-admin-entry" data-entry-id={entry.id}>
      {editing ? (
        <EntryForm
          entry={entry}
          onSubmit={async (fields) => {
            const answer = await onSave(fields);
            if (answer.ok) setEditing(false);
            return answer;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <p className="text-sm text-muted">
              <LocalTime iso={entry.publishedAt} />
              {entry.author && <> · {entry.author}</>}
              {entry.updatedAt && <> · edited</>}
              {entry.keyEvent && <span className="ml-2 rounded bg-brand px-1.5 py-0.5 text-xs font-semibold uppercase text-white">Key event</span>}
            </p>
            <p className="font-semibold">{entry.title}</p>
          </div>
          <div className="flex gap-2">
            <button type="button" className={secondaryButtonClass} onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> “{entry.title}”</span>
            </button>
            {confirming ? (
              <>
                <button
                  type="button"
                  className={`${secondaryButtonClass} border-brand text-brand`}
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    if (!(await onDelete())) setBusy(false);
                  }}
                >
                  Delete for good
                </button>
                <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(true)}>
                Delete<span className="sr-only"> “{entry.title}”</span>
              </button>
            )}
          </div>
        </div>
      )}
    </li>
  );
}
