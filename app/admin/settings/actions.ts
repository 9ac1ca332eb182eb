'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorize } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import {
  addSocialLink,
  moveSocialLink,
  removeSocialLink,
  SETTINGS_FIELDS,
  updateSettings,
  updateSocialLink,
  type SettingsValues,
} from '@/lib/settings/admin';

// Every action re-checks the session and role itself (settings:manage): a
// crafted POST from someone else changes nothing and gets the error back.
// Successful writes expire tags.site, so every public page shows the change
// on its next request.

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export type SettingsState = {
  error?: string;
  fieldErrors?: Partial<Record<keyof SettingsValues, string>>;
  /** What was typed (or saved), so the form keeps it. */
  values?: Partial<Record<keyof SettingsValues, string>>;
  success?: string;
};

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const values = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, str(formData.get(f))])) as Record<keyof SettingsValues, string>;
  const auth = await authorize('settings:manage');
  if (!auth.ok) return { error: auth.error, values };
  const result = await updateSettings(db(), values);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values };
  await invalidate([tags.site]);
  revalidatePath('/admin/settings');
  return { success: 'Settings saved. The public site shows them now.', values: result.value };
}

type LinkField = 'network' | 'label' | 'url';

export type SocialLinkState = {
  error?: string;
  fieldErrors?: Partial<Record<LinkField, string>>;
  values?: Partial<Record<LinkField, string>>;
  success?: string;
};

const linkValues = (formData: FormData) => ({
  network: str(formData.get('network')),
  label: str(formData.get('label')),
  url: str(formData.get('url')),
});

export async function addSocialLinkAction(_prev: SocialLinkState, formData: FormData): Promise<SocialLinkState> {
  const values = linkValues(formData);
  const auth = await authorize('settings:manage');
  if (!auth.ok) return { error: auth.error, values };
  const result = await addSocialLink(db(), values);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values };
  await invalidate([tags.site]);
  revalidatePath('/admin/settings');
  return { success: `Added ${result.value.label}.` };
}

const idSchema = z.string().min(1, 'Unknown link.').max(100, 'Unknown link.');

export async function updateSocialLinkAction(_prev: SocialLinkState, formData: FormData): Promise<SocialLinkState> {
  const values = linkValues(formData);
  const auth = await authorize('settings:manage');
  if (!auth.ok) return { error: auth.error, values };
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { error: id.error.issues[0].message, values };
  const result = await updateSocialLink(db(), id.data, values);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values };
  await invalidate([tags.site]);
  revalidatePath('/admin/settings');
  return { success: `Saved ${result.value.label}.`, values: { network: result.value.network, label: result.value.label, url: result.value.url } };
}

export type LinkRowState = { error?: string; success?: string };

/** Remove, move up or move down one link (the button's name="op"). */
export async function socialLinkRowAction(_prev: LinkRowState, formData: FormData): Promise<LinkRowState> {
  const auth = await authorize('settings:manage');
  if (!auth.ok) return { error: auth.error };
  const parsed = z
    .object({ id: idSchema, op: z.enum(['remove', 'up', 'down'], { error: 'Unknown operation.' }) })
    .safeParse({ id: formData.get('id'), op: formData.get('op') });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const { id, op } = parsed.data;
  const result = op === 'remove' ? await removeSocialLink(db(), id) : await moveSocialLink(db(), id, op);
  if (!result.ok) return { error: result.error };
  await invalidate([tags.site]);
  revalidatePath('/admin/settings');
  return { success: op === 'remove' ? 'Removed.' : 'Moved.' };
}
