'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { CAMPAIGN_FIELDS, createCampaign, deleteCampaign, setCampaignActive, updateCampaign } from '@/lib/ads/admin';
import { authorize } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';

// Every action re-checks the session and role itself (ads:manage): a crafted
// POST from someone else changes nothing and gets the error back. Successful
// writes expire tags.ads, so articles show the change on their next request.

type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

export type CampaignFormState = {
  error?: string;
  fieldErrors?: Partial<Record<CampaignField, string>>;
  /** What was typed, so the form keeps it on error. */
  values?: Partial<Record<CampaignField, string>>;
  success?: string;
};

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

function campaignValues(formData: FormData): Record<CampaignField, string> {
  return Object.fromEntries(CAMPAIGN_FIELDS.map((f) => [f, str(formData.get(f))])) as Record<CampaignField, string>;
}

const idSchema = z.string().min(1, 'Unknown campaign.').max(100, 'Unknown campaign.');

export async function createCampaignAction(_prev: CampaignFormState, formData: FormData): Promise<CampaignFormState> {
  const values = campaignValues(formData);
  const auth = await authorize('ads:manage');
  if (!auth.ok) return { error: auth.error, values };
  const result = await createCampaign(db(), values);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values };
  await invalidate([tags.ads]);
  revalidatePath('/admin/ads');
  redirect('/admin/ads');
}

export async function updateCampaignAction(_prev: CampaignFormState, formData: FormData): Promise<CampaignFormState> {
  const values = campaignValues(formData);
  const auth = await authorize('ads:manage');
  if (!auth.ok) return { error: auth.error, values };
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { error: id.error.issues[0].message, values };
  const result = await updateCampaign(db(), id.data, values);
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values };
  await invalidate([tags.ads]);
  revalidatePath('/admin/ads');
  return { success: `Saved “${result.value.name}”.`, values };
}

export type CampaignRowState = { error?: string; success?: string };

export async function toggleCampaignAction(_prev: CampaignRowState, formData: FormData): Promise<CampaignRowState> {
  const auth = await authorize('ads:manage');
  if (!auth.ok) return { error: auth.error };
  const parsed = z
    .object({ id: idSchema, active: z.enum(['true', 'false'], { error: 'Choose to activate or deactivate.' }) })
    .safeParse({ id: formData.get('id'), active: formData.get('active') });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const result = await setCampaignActive(db(), parsed.data.id, parsed.data.active === 'true');
  if (!result.ok) return { error: result.error };
  await invalidate([tags.ads]);
  revalidatePath('/admin/ads');
  return { success: result.value.active ? `“${result.value.name}” is active.` : `“${result.value.name}” is inactive.` };
}

export async function deleteCampaignAction(_prev: CampaignRowState, formData: FormData): Promise<CampaignRowState> {
  const auth = await authorize('ads:manage');
  if (!auth.ok) return { error: auth.error };
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return { error: id.error.issues[0].message };
  const result = await deleteCampaign(db(), id.data);
  if (!result.ok) return { error: result.error };
  await invalidate([tags.ads]);
  revalidatePath('/admin/ads');
  redirect('/admin/ads');
}
