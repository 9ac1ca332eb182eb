'use client';

import { useActionState } from 'react';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';
import { buttonClass, FormError, FormSuccess, TextField } from '@/components/admin/fields';
import { changePasswordAction, type ChangePasswordState } from './actions';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-4 max-w-md space-y-4" noValidate>
      <div aria-live="polite">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      <TextField id="pw-current" name="currentPassword" label="Current password" type="password" autoComplete="current-password" error={fe.currentPassword} />
      <TextField
        id="pw-new"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={fe.newPassword}
      />
      <TextField id="pw-confirm" name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" error={fe.confirmPassword} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
