'use client';

import { useEffect, useState } from 'react';
import { buttonClass, Field, FormError, FormSuccess, secondaryButtonClass } from '@/components/admin/fields';
import { callJson } from '../json-api';
import { CORRECTION_KINDS, CORRECTION_LABELS, CORRECTION_TEXT_MAX, type CorrectionItem, type CorrectionKind } from '@/lib/corrections/input';

/**
 * Corrections and editor's notes of a published article, beside the editor:
 * added, changed and removed without reloading; each goes live at once (they
 * are not pending changes). Editors only; others see the list.
 */
export function CorrectionsPanel({ articleId, canEdit }: { articleId: string; canEdit: boolean }) {
  const base = `/admin/api/articles/${articleId}/corrections`;
  const [items, setItems] = useState<CorrectionItem[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [kind, setKind] = useState<CorrectionKind>('CORRECTION');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [done, setDone] = useState<string>();

  useEffect(() => {
    let live = true;
    void callJson<CorrectionItem[]>(base, 'GET').then((a) => {
      if (!live) return;
      if (a.ok) setItems(a.value);
      else setError({ message: a.message });
    });
    return () => {
      live = false;
    };
  }, [base]);

  async function run(url: string, method: string, body: unknown, success: string) {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const a = await callJson<CorrectionItem[]>(url, method, body);
    setBusy(false);
    if (!a.ok) {
      setError({ message: a.message, field: a.fieldErrors.text ?? a.fieldErrors.date });
      return;
    }
    setItems(a.value);
    setEditing(null);
    setText('');
    setKind('CORRECTION');
    setDone(success);
  }

  function startEdit(c: CorrectionItem) {
    setEditing(c.id);
    setKind(c.kind);
    setText(c.text);
    setDone(undefined);
  }

  return (
    <section aria-labelledby="corrections-panel-heading" className="rounded border border-line bg-white p-4" data-testid="corrections-panel">
      <h2 id="corrections-panel-heading" className="font-semibold">
        Corrections and notes
      </h2>
      <p className="text-sm text-muted">Shown on the article and at /corrections as soon as you add them.</p>
      {items === null ? (
        <p className="mt-2 text-sm text-muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">None yet.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {items.map((c) => (
            <li key={c.id} className="border-l-2 border-brand pl-2">
              <p className="font-semibold">
                {CORRECTION_LABELS[c.kind]}, {new Date(c.date).toLocaleDateString()}
              </p>
              <p className="whitespace-pre-line">{c.text}</p>
              {canEdit && (
                <p className="mt-1 flex gap-2">
                  <button type="button" className="underline" disabled={busy} onClick={() => startEdit(c)}>
                    Edit <span className="sr-only">{CORRECTION_LABELS[c.kind]}</span>
                  </button>
                  <button
                    type="button"
                    className="underline"
                    disabled={busy}
                    onClick={() => {
                      if (window.confirm('Remove this from the article? It stays in the revision history.')) void run(`${base}/${c.id}`, 'DELETE', undefined, 'Removed.');
                    }}
                  >
                    Remove <span className="sr-only">{CORRECTION_LABELS[c.kind]}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run(editing ? `${base}/${editing}` : base, editing ? 'PATCH' : 'POST', { kind, text }, editing ? 'Changed.' : 'Added to the article.');
          }}
        >
          <fieldset>
            <legend className="text-sm font-semibold">{editing ? 'Change it' : 'Add'}</legend>
            <div className="mt-1 flex gap-3 text-sm">
              {CORRECTION_KINDS.map((k) => (
                <label key={k} className="flex items-center gap-1">
                  <input type="radio" name="correction-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                  {CORRECTION_LABELS[k]}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id="correction-text" label="Text" error={error?.field}>
            {(control) => <textarea id="correction-text" rows={4} maxLength={CORRECTION_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} required {...control} />}
          </Field>
          <FormError message={error && !error.field ? error.message : undefined} />
          <FormSuccess message={done} />
          <div className="flex gap-2">
            <button type="submit" className={buttonClass} disabled={busy}>
              {editing ? 'Save correction' : 'Add correction'}
            </button>
            {editing && (
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => {
                  setEditing(null);
                  setText('');
                }}
              >
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
