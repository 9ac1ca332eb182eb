'use client';

import { useState } from 'react';
import { buttonClass, Field, FormError, secondaryButtonClass } from '@/components/admin/fields';
import { BlockList } from '@/components/admin/editor/BlockList';
import { keyBlocks, newBlock, newKey, type KeyedBlock } from '@/components/admin/editor/model';
import type { FieldErrors } from '@/lib/validation/errors';
import type { Answer, EntryFields, EntryJson } from './api';

const emptyBody = (): KeyedBlock[] => [{ key: newKey(), block: newBlock('paragraph') }];

/**
 * Writing one live blog entry: title, "key event", and body blocks with the
 * article editor's own block list. Posts a new entry, or saves an edited one.
 */
export function EntryForm({
  entry,
  onSubmit,
  onCancel,
}: {
  /** The entry being edited; none for a new one. */
  entry?: EntryJson;
  onSubmit: (fields: EntryFields) => Promise<Answer<EntryJson>>;
  onCancel?: () => void;
}) {
  const idPrefix = entry ? `edit-${entry.id}` : 'new-entry';
  const [title, setTitle] = useState(entry?.title ?? '');
  const [keyEvent, setKeyEvent] = useState(entry?.keyEvent ?? false);
  const [body, setBody] = useState<KeyedBlock[]>(() => (entry ? keyBlocks(entry.body) : emptyBody()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const answer = await onSubmit({ title, keyEvent, body: body.map((b) => b.block) });
    setBusy(false);
    if (!answer.ok) {
      setErrors(answer.fieldErrors);
      setMessage(answer.message);
      return;
    }
    setErrors({});
    setMessage('');
    if (!entry) {
      setTitle('');
      setKeyEvent(false);
      setBody(emptyBody());
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="space-y-4"
      aria-label={entry ? 'Edit entry' : 'New entry'}
      data-testid={entry ? 'live-edit-form' : 'live-new-form'}
    >
      <FormError message={message} />
      <Field id={`${idPrefix}-title`} label="Entry title" error={errors.title}>
        {(control) => <input id={`${idPrefix}-title`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} {...control} />}
      </Field>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" checked={keyEvent} onChange={(e) => setKeyEvent(e.target.checked)} />
        Key event (listed in the summary at the top)
      </label>
      <fieldset>
        <legend className="text-sm font-semibold">Entry text</legend>
        {errors.body && <p className="mt-1 text-sm font-medium text-brand">{errors.body}</p>}
        <BlockList blocks={body} onChange={(next) => setBody(next)} errors={errors} />
      </fieldset>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={busy}>
          {entry ? 'Save entry' : 'Post entry'}
        </button>
        {onCancel && (
          <button type="button" className={secondaryButtonClass} onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
