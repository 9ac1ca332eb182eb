'use client';

import { useActionState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/permissions';
import { secondaryButtonClass } from '@/components/admin/fields';
import { changeRoleAction, setDisabledAction, type UserRowState } from './actions';

/** Change role and disable/enable controls for one row of the users table. */
export function UserRowForms({ userId, email, role, disabled, isSelf }: { userId: string; email: string; role: Role; disabled: boolean; isSelf: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState<UserRowState, FormData>(changeRoleAction, {});
  const [disState, disAction, disPending] = useActionState<UserRowState, FormData>(setDisabledAction, {});
  const message = roleState.error ?? disState.error;
  const success = roleState.success ?? disState.success;
  const selectId = `role-${userId}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={roleAction} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={userId} />
          <div>
            <label htmlFor={selectId} className="sr-only">
              Role of {email}
            </label>
            <select id={selectId} name="role" defaultValue={role} key={role} className="rounded border border-muted bg-white px-2 py-1.5 text-sm">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButtonClass} disabled={rolePending} aria-label={`Change role of ${email}`}>
            Change role
          </button>
        </form>
        {!isSelf && (
          <form action={disAction}>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
            <button type="submit" className={secondaryButtonClass} disabled={disPending} aria-label={`${disabled ? 'Enable' : 'Disable'} ${email}`}>
              {disabled ? 'Enable' : 'Disable'}
            </button>
          </form>
        )}
      </div>
      <div aria-live="polite" className="text-sm">
        {message ? (
          <p role="alert" className="font-medium text-brand">
            {message}
          </p>
        ) : success ? (
          <p className="text-green-800">{success}</p>
        ) : null}
      </div>
    </div>
  );
}
