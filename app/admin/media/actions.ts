'use server';

import { adminAction, formValues, type FormState } from '@/lib/admin/action';
import { deleteMedia, updateMediaText } from '@/lib/media/admin';

// Thin actions through adminAction (lib/admin/action.ts): authorize
// (media:manage) → lib/media/admin → invalidate what it names.

type TextField = 'alt' | 'caption' | 'credit';

export type MediaFormState = FormState<TextField>;

export async function updateMediaAction(_prev: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const values = formValues(formData, ['alt', 'caption', 'credit']);
  return adminAction({
    permission: 'media:manage',
    values,
    page: '/admin/media',
    write: (db) => updateMediaText(db, { id: formValues(formData, ['id']).id, ...values }),
    audit: (item) => ({ action: 'media.update', target: { type: 'media', id: item.id, label: item.filename } }),
    success: (item) => ({ success: `Saved ${item.filename}.`, values: { alt: item.alt, caption: item.caption, credit: item.credit } }),
  });
}

export type MediaDeleteState = FormState;

export async function deleteMediaAction(_prev: MediaDeleteState, formData: FormData): Promise<MediaDeleteState> {
  return adminAction({
    permission: 'media:manage',
    page: '/admin/media',
    write: (db) => deleteMedia(db, formValues(formData, ['id']).id),
    audit: (deleted) => ({ action: 'media.delete', target: { type: 'media', id: deleted.id, label: deleted.filename } }),
    success: (deleted) => ({ success: `Deleted ${deleted.filename}.` }),
  });
}
