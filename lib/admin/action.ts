import { revalidatePath } from 'next/cache';
import { currentAuditAddress } from '../audit/address';
import { recordAuditAfter, type AuditEvent } from '../audit/log';
import type { Action } from '../auth/permissions';
import { authorize } from '../auth/session';
import type { SessionUser } from '../auth/sessions';
import { invalidate } from '../cache/invalidate';
import { db } from '../db/client';
import type { PrismaClient } from '../generated/prisma/client';
import type { AdminResult } from './result';

/** What an admin form shows after its server action ran. */
export type FormState<F extends string = string> = {
  error?: string;
  success?: string;
  fieldErrors?: Partial<Record<F, string>>;
  /** What was typed (or saved), so the form keeps it. */
  values?: Partial<Record<F, string>>;
  /** Changes on every success, so forms can reset. */
  done?: number;
};

/**
 * The one shape of every admin server action: authorize (the role, checked on
 * the server for each call) → write (a lib/<domain>/admin.ts function, which
 * parses and validates its input) → invalidate the public cache tags the
 * write names → append the audit log entry (who, what, target, from where;
 * lib/audit) → refresh the admin page → the form's next state. A refused
 * write gives the form its messages and what was typed back; nothing changed
 * and nothing is logged.
 */
export async function adminAction<T, F extends string = string>(options: {
  permission: Action;
  values?: Partial<Record<F, string>>;
  write: (db: PrismaClient, user: SessionUser) => Promise<AdminResult<T>>;
  /** The audit log entry of a successful write (required: every admin write is logged). */
  audit: (value: T) => AuditEvent;
  /** The admin page showing what changed. */
  page: string;
  /** The state after a successful write (may redirect). */
  success: (value: T) => FormState<F>;
}): Promise<FormState<F>> {
  const { values } = options;
  const auth = await authorize(options.permission);
  if (!auth.ok) return { error: auth.error, values };
  const result = await options.write(db(), auth.user);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors as FormState<F>['fieldErrors'], values };
  if (result.invalidate.length) await invalidate(result.invalidate);
  await recordAuditAfter(db(), { actor: auth.user, address: await currentAuditAddress(), ...options.audit(result.value) });
  revalidatePath(options.page);
  return { done: Date.now(), ...options.success(result.value) };
}

/** A form field's text ('' when missing or a file). */
export const formText = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/** The named fields of a form as text. */
export function formValues<K extends string>(formData: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, formText(formData.get(n))])) as Record<K, string>;
}
