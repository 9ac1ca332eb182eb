/** Labelled form controls with their error message (accessible: aria-invalid, aria-describedby). */

/** Classes of a text input, select or textarea, with the invalid state styled. */
export const controlClass =
  'mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-brand aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-brand';

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-brand">
      {message}
    </p>
  );
}

/** The attributes that tie a control to its hint and error. */
export type ControlProps = { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined; className: string };

/** Label, optional hint, the control (rendered by `children`), and the error message. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (control: ControlProps) => React.ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, className: controlClass })}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function TextField({
  id,
  name,
  label,
  type = 'text',
  defaultValue,
  error,
  hint,
  autoComplete,
  required = true,
  autoFocus,
}: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number';
  defaultValue?: string;
  error?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <input id={id} name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} required={required} autoFocus={autoFocus} {...control} />}
    </Field>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded border border-brand bg-white px-3 py-2 text-sm font-medium text-brand">
      {message}
    </p>
  );
}

export function FormSuccess({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded border border-green-700 bg-white px-3 py-2 text-sm font-medium text-green-800">
      {message}
    </p>
  );
}

export const buttonClass = 'rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:cursor-wait disabled:opacity-70';
export const secondaryButtonClass = 'rounded border border-muted bg-white px-3 py-1.5 text-sm font-semibold hover:border-ink disabled:cursor-wait disabled:opacity-70';
