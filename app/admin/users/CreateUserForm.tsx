'use client';

import { useActionState } from 'react';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { buttonClass, FieldError, FormError, FormSuccess, TextField } from '@/components/admin/fields';
import { createUserAction, type CreateUserState } from './actions';

export function CreateUserForm() {
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="mt-4 grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <div aria-live="polite" className="sm:col-span-2 empty:hidden">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      <TextField id="new-email" name="email" label="Email" type="email" autoComplete="off" defaultValue={v.email} error={fe.email} />
      <TextField id="new-name" name="name" label="Name" autoComplete="off" defaultValue={v.name} error={fe.name} />
      <TextField
        id="new-password"
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Tell it to the person; they can change it under Account.`}
        defaultValue={v.password}
        error={fe.password}
      />
      <div>
        <label htmlFor="new-role" className="block text-sm font-semibold">
          Role
        </label>
        <select
          id="new-role"
          name="role"
          defaultValue={v.role || 'AUTHOR'}
          key={v.role || 'AUTHOR'}
          aria-invalid={fe.role ? true : undefined}
          aria-describedby={fe.role ? 'new-role-error' : undefined}
          className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldError id="new-role-error" message={fe.role} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}
