'use server';

import { z } from 'zod';
import { adminAction, formValues, type FormState } from '@/lib/admin/action';
import { parseInput, refused } from '@/lib/admin/result';
import { firstError } from '@/lib/validation/errors';
import { type StaffUser, asAdminResult, changeRole, createUser, emailSchema, nameSchema, newPasswordSchema, roleSchema, setUserDisabled } from '@/lib/auth/users';

// Thin actions through adminAction (lib/admin/action.ts): authorize
// (users:manage, re-checked on every call: a crafted POST from someone else
// changes nothing and gets the error back) → lib/auth/users.

type NewUserField = 'email' | 'name' | 'password' | 'role';

/** A staff account as the audit log names it. */
const userTarget = (user: StaffUser) => ({ type: 'user', id: user.id, label: user.email });

export type CreateUserState = FormState<NewUserField>;

const createUserSchema = z.object({ email: emailSchema, name: nameSchema, password: newPasswordSchema, role: roleSchema });
const NOT_CREATED = 'The user was not created. Check the fields below.';

export async function createUserAction(_prev: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const values = formValues(formData, ['email', 'name', 'password', 'role']);
  return adminAction({
    permission: 'users:manage',
    values,
    page: '/admin/users',
    write: async (db) => {
      const p = parseInput(createUserSchema, values, 'user', 'created');
      return p.ok ? asAdminResult(NOT_CREATED, () => createUser(db, p.data)) : p;
    },
    audit: (user) => ({ action: 'user.create', target: userTarget(user), detail: { role: user.role } }),
    success: (user) => ({ success: `Created ${user.email}.` }),
  });
}

export type UserRowState = FormState;

/** A row action's input (the user's id and one more field): its data, or the refusal saying what is wrong. */
function parseRow<S extends z.ZodType>(field: string, schema: S, formData: FormData) {
  const values = formValues(formData, ['userId', field]);
  const id = z.uuid({ error: 'Unknown user.' }).safeParse(values.userId);
  if (!id.success) return refused(firstError(id.error));
  const value = schema.safeParse(values[field]);
  if (!value.success) return refused(firstError(value.error));
  return { ok: true as const, userId: id.data, value: value.data as z.output<S> };
}

export async function changeRoleAction(_prev: UserRowState, formData: FormData): Promise<UserRowState> {
  return adminAction({
    permission: 'users:manage',
    page: '/admin/users',
    write: async (db) => {
      const p = parseRow('role', roleSchema, formData);
      return p.ok ? asAdminResult('The role was not changed.', () => changeRole(db, p.userId, p.value)) : p;
    },
    audit: (user) => ({ action: 'user.role', target: userTarget(user), detail: { role: user.role } }),
    success: (user) => ({ success: `${user.email} is now ${user.role.toLowerCase()}.` }),
  });
}

export async function setDisabledAction(_prev: UserRowState, formData: FormData): Promise<UserRowState> {
  return adminAction({
    permission: 'users:manage',
    page: '/admin/users',
    write: async (db, me) => {
      const p = parseRow('disabled', z.enum(['true', 'false'], { error: 'Choose to disable or enable.' }), formData);
      if (!p.ok) return p;
      if (p.userId === me.id && p.value === 'true') return refused('You cannot disable your own account.');
      return asAdminResult('The account was not changed.', () => setUserDisabled(db, p.userId, p.value === 'true'));
    },
    audit: (user) => ({ action: user.disabled ? 'user.disable' : 'user.enable', target: userTarget(user) }),
    success: (user) => ({ success: user.disabled ? `${user.email} was disabled and signed out.` : `${user.email} was enabled.` }),
  });
}
