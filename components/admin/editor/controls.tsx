'use client';

import { FieldError } from '@/components/admin/fields';

/** Controlled, labelled form controls for the article editor (error text linked by aria-describedby). */

export const inputClass =
  'mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-brand aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-brand disabled:bg-paper';

export function describedBy(id: string, error?: string, hint?: string, extra?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean).join(' ') || undefined;
}

type Common = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  disabled?: boolean;
  /** Extra ids to describe the control with (e.g. a live slug message). */
  describedByExtra?: string;
  className?: string;
};

export function Hint({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={`${id}-hint`} className="text-sm text-muted">
      {text}
    </p>
  );
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  disabled,
  describedByExtra,
  className,
  type = 'text',
  multiline = false,
  rows = 3,
  placeholder,
  inputMode,
  onBlur,
  onKeyDown,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'datetime-local' | 'search';
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  inputMode?: 'url' | 'text' | 'search';
  onBlur?: () => void;
  onKeyDown?: (e: React.KeyboardEvent<HTMLInputElement>) => void;
}) {
  const props = {
    id,
    value,
    disabled,
    placeholder,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint, describedByExtra),
    className: inputClass,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <Hint id={id} text={hint} />
      {multiline ? (
        <textarea {...props} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown} />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function SelectInput({
  id,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  disabled,
  className,
}: Common & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <Hint id={id} text={hint} />
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function Checkbox({ id, label, checked, onChange, error, hint, disabled, className }: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className="size-5 accent-brand"
        />
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
      </div>
      <Hint id={id} text={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
