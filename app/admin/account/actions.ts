'use server';

import { fieldErrors } from '@/lib/validation/errors';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { EXPIRED_SESSION_COOKIES, getCurrentSession, NOT_SIGNED_IN } from '@/lib/auth/session';
import { deleteSessionById } from '@/lib/auth/sessions';
import { changePassword, newPasswordSchema, UserError } from '@/lib/auth/users';
import { currentAuditAddress } from '@/lib/audit/address';
import { recordAuditAfter } from '@/lib/audit/log';

/** Signs out: deletes the session row and the cookie. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const session = await getCurrentSession();
  if (session) await deleteSessionById(db(), session.id);
  if (session) await recordAuditAfter(db(), { actor: session.user, address: await currentAuditAddress(), action: 'auth.sign-out' });
  for (const cookie of EXPIRED_SESSION_COOKIES) jar.delete(cookie);
  redirect('/admin/login');
}

export type ChangePasswordState = {
  error?: string;
  fieldErrors?: Partial<Record<'currentPassword' | 'newPassword' | 'confirmPassword', string>>;
  success?: string;
};

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Current password is required.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords do not match.' });

/** Changes the signed-in user's password; other sessions are signed out. */
export async function changePasswordAction(_prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const session = await getCurrentSession();
  if (!session) return { error: NOT_SIGNED_IN };

  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get('currentPassword') ?? '',
    newPassword: formData.get('newPassword') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  });
  if (!parsed.success) return { error: 'The password was not changed. Check the fields below.', fieldErrors: fieldErrors(parsed.error) };

  try {
    await changePassword(db(), {
      userId: session.user.id,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      keepSessionId: session.id,
    });
  } catch (err) {
    if (err instanceof UserError) {
      return err.field ? { error: 'The password was not changed. Check the fields below.', fieldErrors: { [err.field]: err.message } } : { error: err.message };
    }
    throw err;
  }
  const { user } = session;
  await recordAuditAfter(db(), { actor: user, address: await currentAuditAddress(), action: 'auth.password-change', target: { type: 'user', id: user.id, label: user.email } });
  return { success: 'Your password was changed. Any other sessions of yours were signed out.' };
}
