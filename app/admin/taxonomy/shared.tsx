'use client';

import { FieldError, FormError, FormSuccess } from '@/components/admin/fields';
import type { TaxonomyFormState } from './actions';

export const smallInputClass =
  'mt-1 block w-full rounded border border-muted bg-white px-2 py-1 text-sm aria-[invalid=true]:border-brand aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-brand';

/** The outcome of a row's actions (error wins over success). */
export function RowMessage({ states }: { states: TaxonomyFormState[] }) {
  const error = states.find((s) => s.error)?.error;
  const success = states.find((s) => s.success)?.success;
  return (
    <div aria-live="polite" className="text-sm empty:hidden">
      {error ? (
        <p role="alert" className="font-medium text-brand">
          {error}
        </p>
      ) : success ? (
        <p role="status" className="text-green-800">
          {success}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessages({ state }: { state: TaxonomyFormState }) {
  return (
    <div aria-live="polite" className="empty:hidden sm:col-span-2">
      <FormError message={state.error} />
      <FormSuccess message={state.success} />
    </div>
  );
}

/** A multi-line labelled field with its error. */
export function TextArea({ id, name, label, defaultValue, error, rows = 2 }: { id: string; name: string; label: string; defaultValue?: string; error?: string; rows?: number }) {
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label} <span className="font-normal text-muted">(optional)</span>
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2"
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
