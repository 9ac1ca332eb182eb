'use client';

import { useActionState } from 'react';
import { buttonClass, FormError, FormSuccess, secondaryButtonClass, TextField } from '@/components/admin/fields';
import { createRedirectAction, deleteRedirectAction, type RedirectFormState } from './actions';

export function CreateRedirectForm() {
  const [state, action, pending] = useActionState<RedirectFormState, FormData>(createRedirectAction, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} key={state.done} aria-label="Add a redirect" className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <div aria-live="polite" className="empty:hidden sm:col-span-2">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      <TextField
        id="redirect-from"
        name="fromPath"
        label="Old path"
        autoComplete="off"
        hint="The address that should move, e.g. /elections-2026"
        defaultValue={v.fromPath}
        error={fe.fromPath}
      />
      <TextField
        id="redirect-to"
        name="toPath"
        label="New path"
        autoComplete="off"
        hint="Where readers go instead, e.g. /section/politics"
        defaultValue={v.toPath}
        error={fe.toPath}
      />
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Adding…' : 'Add redirect'}
        </button>
      </div>
    </form>
  );
}

export function DeleteRedirectForm({ id, fromPath }: { id: string; fromPath: string }) {
  const [state, action, pending] = useActionState<RedirectFormState, FormData>(deleteRedirectAction, {});
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className={secondaryButtonClass}
        disabled={pending}
        aria-label={`Remove the redirect from ${fromPath}`}
        onClick={(e) => {
          if (!window.confirm(`Remove the redirect from ${fromPath}? That address will answer “not found”.`)) e.preventDefault();
        }}
      >
        Remove
      </button>
      {state.error && (
        <span role="alert" className="text-sm font-medium text-brand">
          {state.error}
        </span>
      )}
    </form>
  );
}
