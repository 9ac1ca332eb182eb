'use server';

import { adminAction, formText, formValues, type FormState } from '@/lib/admin/action';
import { createRedirect, deleteRedirect, REDIRECT_FIELDS } from '@/lib/redirects/admin';

// Thin actions through adminAction (lib/admin/action.ts): authorize
// (redirects:manage) → lib/redirects/admin → invalidate `redirects` → audit.

export type RedirectFormState = FormState<(typeof REDIRECT_FIELDS)[number]>;

export async function createRedirectAction(_prev: RedirectFormState, formData: FormData): Promise<RedirectFormState> {
  const values = formValues(formData, REDIRECT_FIELDS);
  return adminAction({
    permission: 'redirects:manage',
    values,
    page: '/admin/redirects',
    write: (db, user) => createRedirect(db, user, values),
    audit: (r) => ({ action: 'redirect.create', target: { type: 'redirect', id: r.id, label: r.fromPath }, detail: { to: r.to } }),
    success: (r) => ({ success: `${r.fromPath} now redirects to ${r.to}.` }),
  });
}

export async function deleteRedirectAction(_prev: RedirectFormState, formData: FormData): Promise<RedirectFormState> {
  return adminAction({
    permission: 'redirects:manage',
    page: '/admin/redirects',
    write: (db) => deleteRedirect(db, formText(formData.get('id'))),
    audit: (r) => ({ action: 'redirect.delete', target: { type: 'redirect', id: r.id, label: r.fromPath } }),
    success: (r) => ({ success: `Removed the redirect from ${r.fromPath}.` }),
  });
}
