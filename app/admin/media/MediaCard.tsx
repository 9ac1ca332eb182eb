'use client';

import Image from 'next/image';
import { useActionState } from 'react';
import { FieldError, secondaryButtonClass } from '@/components/admin/fields';
import { deleteMediaAction, updateMediaAction, type MediaDeleteState, type MediaFormState } from './actions';

export type MediaCardItem = {
  id: string;
  src: string;
  filename: string;
  width: number;
  height: number;
  byteSize: number;
  alt: string;
  caption: string;
  credit: string;
  /** Where it is used ('' when nowhere). */
  usedAs: string;
};

const inputClass =
  'mt-1 block w-full rounded border border-muted bg-white px-2 py-1 text-sm aria-[invalid=true]:border-brand aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-brand';

function kb(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** One image of the library: thumbnail, alt/caption/credit form, delete. */
export function MediaCard({ item }: { item: MediaCardItem }) {
  const [state, action, pending] = useActionState<MediaFormState, FormData>(updateMediaAction, {});
  const [delState, delAction, delPending] = useActionState<MediaDeleteState, FormData>(deleteMediaAction, {});
  const fe = state.fieldErrors ?? {};
  const v = { alt: item.alt, caption: item.caption, credit: item.credit, ...state.values };
  const id = (f: string) => `media-${item.id}-${f}`;
  return (
    <li className="flex flex-col rounded border border-line bg-white p-3" data-testid="media-item" data-filename={item.filename} data-media-id={item.id}>
      <div className="flex aspect-[4/3] items-center justify-center overflow-hidden bg-paper">
        <Image
          src={item.src}
          width={item.width}
          height={item.height}
          alt={item.alt}
          sizes="(min-width: 1024px) 300px, (min-width: 640px) 45vw, 90vw"
          className="h-full w-full object-contain"
        />
      </div>
      <p className="mt-2 break-all text-sm font-semibold">{item.filename}</p>
      <p className="text-xs text-muted">
        {item.width} × {item.height} · {kb(item.byteSize)}
      </p>
      <p className="text-xs text-muted" data-testid="media-usage">
        {item.usedAs ? `Used as ${item.usedAs}.` : 'Not used yet.'}
      </p>
      <form action={action} className="mt-2 space-y-2" noValidate>
        <input type="hidden" name="id" value={item.id} />
        {(['alt', 'caption', 'credit'] as const).map((f) => (
          <div key={f}>
            <label htmlFor={id(f)} className="block text-xs font-semibold">
              {f === 'alt' ? 'Alt text' : f === 'caption' ? 'Caption' : 'Credit'}
              <span className="sr-only"> of {item.filename}</span>
            </label>
            <input
              id={id(f)}
              name={f}
              defaultValue={v[f]}
              key={`${f}:${v[f]}`}
              aria-invalid={fe[f] ? true : undefined}
              aria-describedby={fe[f] ? `${id(f)}-error` : undefined}
              className={inputClass}
            />
            <FieldError id={`${id(f)}-error`} message={fe[f]} />
          </div>
        ))}
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Save ${item.filename}`}>
            {pending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
      <form action={delAction} className="mt-2">
        <input type="hidden" name="id" value={item.id} />
        <button
          type="submit"
          className={secondaryButtonClass}
          disabled={delPending}
          aria-label={`Delete ${item.filename}`}
          onClick={(e) => {
            if (!window.confirm(`Delete ${item.filename}? This cannot be undone.`)) e.preventDefault();
          }}
        >
          Delete
        </button>
      </form>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.error || delState.error ? (
          <p role="alert" className="font-medium text-brand">
            {delState.error ?? state.error}
          </p>
        ) : state.success ? (
          <p role="status" className="text-green-800">
            {state.success}
          </p>
        ) : null}
      </div>
    </li>
  );
}
