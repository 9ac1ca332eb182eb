'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { authorize } from '@/lib/auth/session';
import { changeRole, createUser, emailSchema, nameSchema, newPasswordSchema, roleSchema, setUserDisabled, UserError } from '@/lib/auth/users';

// Every action re-checks the session and role itself (users:manage): a
// crafted POST from someone else changes nothing and gets the error back.

type NewUserField = 'email' | 'name' | 'password' | 'role';

export type CreateUserState = {
  error?: string;
  fieldErrors?: Partial<Record<NewUserField, string>>;
  /** What was typed, so the form keeps it on error. */
  values?: Partial<Record<NewUserField, string>>;
  success?: string;
};

const createUserSchema = z.object({ email: emailSchema, name: nameSchema, password: newPasswordSchema, role: roleSchema });

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export async function createUserAction(_prev: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const values = { email: str(formData.get('email')), name: str(formData.get('name')), password: str(formData.get('password')), role: str(formData.get('role')) };
  const auth = await authorize('users:manage');
  if (!auth.ok) return { error: auth.error, values };

  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: CreateUserState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as NewUserField] ??= issue.message;
    return { error: 'The user was not created. Check the fields below.', fieldErrors, values };
  }
  try {
    const user = await createUser(db(), parsed.data);
    revalidatePath('/admin/users');
    return { success: `Created ${user.email}.` };
  } catch (err) {
    if (err instanceof UserError) {
      return { error: 'The user was not created. Check the fields below.', fieldErrors: { [err.field ?? 'email']: err.message }, values };
    }
    throw err;
  }
}

export type UserRowState = { error?: string; success?: string };

const idSchema = z.uuid({ error: 'Unknown user.' });

export async function changeRoleAction(_prev: UserRowState, formData: FormData): Promise<UserRowState> {
  const auth = await authorize('users:manage');
  if (!auth.ok) return { error: auth.error };
  const parsed = z.object({ userId: idSchema, role: roleSchema }).safeParse({ userId: formData.get('userId'), role: formData.get('role') });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  try {
    const user = await changeRole(db(), parsed.data.userId, parsed.data.role);
    revalidatePath('/admin/users');
    return { success: `${user.email} is now ${user.role.toLowerCase()}.` };
  } catch (err) {
    if (err instanceof UserError) return { error: err.message };
    throw err;
  }
}

export async function setDisabledAction(_prev: UserRowState, formData: FormData): Promise<UserRowState> {
  const auth = await authorize('users:manage');
  if (!auth.ok) return { error: auth.error };
  const parsed = z
    .object({ userId: idSchema, disabled: z.enum(['true', 'false'], { error: 'Choose to disable or enable.' }) })
    .safeParse({ userId: formData.get('userId'), disabled: formData.get('disabled') });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  if (parsed.data.userId === auth.user.id && parsed.data.disabled === 'true') {
    return { error: 'You cannot disable your own account.' };
  }
  try {
    const user = await setUserDisabled(db(), parsed.data.userId, parsed.data.disabled === 'true');
    revalidatePath('/admin/users');
    return { success: user.disabled ? `${user.email} was disabled and signed out.` : `${user.email} was enabled.` };
  } catch (err) {
    if (err instanceof UserError) return { error: err.message };
    throw err;
  }
}
