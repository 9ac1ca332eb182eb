'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { authorize } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache/tags';
import { deleteMedia, MediaError, mediaTextSchema, updateMediaText } from '@/lib/media/admin';

// Every action re-checks the session and role (media:manage) itself.

type TextField = 'alt' | 'caption' | 'credit';

export type MediaFormState = {
  error?: string;
  success?: string;
  fieldErrors?: Partial<Record<TextField, string>>;
  /** What was typed, so the form keeps it on error. */
  values?: Partial<Record<TextField, string>>;
};

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export async function updateMediaAction(_prev: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const values = { alt: str(formData.get('alt')), caption: str(formData.get('caption')), credit: str(formData.get('credit')) };
  const auth = await authorize('media:manage');
  if (!auth.ok) return { error: auth.error, values };
  const parsed = mediaTextSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: MediaFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as TextField] ??= issue.message;
    return { error: 'The image was not saved. Check the fields below.', fieldErrors, values };
  }
  try {
    const { item, authorIds } = await updateMediaText(db(), { id: str(formData.get('id')), ...parsed.data });
    // Public pages take hero and body-image alt/caption from the article, not
    // from the library; only author photos show the library item itself.
    if (authorIds.length) await invalidate(authorIds.map((id) => tags.author(id)));
    revalidatePath('/admin/media');
    return { success: `Saved ${item.filename}.`, values: { alt: item.alt, caption: item.caption, credit: item.credit } };
  } catch (err) {
    if (err instanceof MediaError) return { error: err.message, values };
    throw err;
  }
}

export type MediaDeleteState = { error?: string; success?: string };

export async function deleteMediaAction(_prev: MediaDeleteState, formData: FormData): Promise<MediaDeleteState> {
  const auth = await authorize('media:manage');
  if (!auth.ok) return { error: auth.error };
  try {
    const deleted = await deleteMedia(db(), str(formData.get('id')));
    // Nothing used it (deleteMedia refuses otherwise): no public page changes.
    revalidatePath('/admin/media');
    return { success: `Deleted ${deleted.filename}.` };
  } catch (err) {
    if (err instanceof MediaError) return { error: err.message };
    throw err;
  }
}
