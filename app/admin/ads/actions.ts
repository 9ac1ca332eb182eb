'use server';

import { redirect } from 'next/navigation';
import { CAMPAIGN_FIELDS, createCampaign, deleteCampaign, setCampaignActive, updateCampaign } from '@/lib/ads/admin';
import { adminAction, formText, formValues, type FormState } from '@/lib/admin/action';
import { refused } from '@/lib/admin/result';

// Thin actions through adminAction (lib/admin/action.ts): authorize
// (ads:manage) → lib/ads/admin → invalidate what it names (tags.ads: article
// pages show the change on their next request).

type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

export type CampaignFormState = FormState<CampaignField>;

export async function createCampaignAction(_prev: CampaignFormState, formData: FormData): Promise<CampaignFormState> {
  const values = formValues(formData, CAMPAIGN_FIELDS);
  return adminAction({
    permission: 'ads:manage',
    values,
    page: '/admin/ads',
    write: (db) => createCampaign(db, values),
    audit: (c) => ({ action: 'ad.create', target: { type: 'ad', id: c.id, label: c.name } }),
    success: () => redirect('/admin/ads'),
  });
}

export async function updateCampaignAction(_prev: CampaignFormState, formData: FormData): Promise<CampaignFormState> {
  const values = formValues(formData, CAMPAIGN_FIELDS);
  return adminAction({
    permission: 'ads:manage',
    values,
    page: '/admin/ads',
    write: (db) => updateCampaign(db, formText(formData.get('id')), values),
    audit: (c) => ({ action: 'ad.update', target: { type: 'ad', id: c.id, label: c.name } }),
    success: (c) => ({ success: `Saved “${c.name}”.`, values }),
  });
}

export type CampaignRowState = FormState;

export async function toggleCampaignAction(_prev: CampaignRowState, formData: FormData): Promise<CampaignRowState> {
  const { id, active } = formValues(formData, ['id', 'active']);
  return adminAction({
    permission: 'ads:manage',
    page: '/admin/ads',
    write: async (db) => (active === 'true' || active === 'false' ? setCampaignActive(db, id, active === 'true') : refused('Choose to activate or deactivate.')),
    audit: (c) => ({ action: c.active ? 'ad.activate' : 'ad.deactivate', target: { type: 'ad', id: c.id, label: c.name } }),
    success: (c) => ({ success: c.active ? `“${c.name}” is active.` : `“${c.name}” is inactive.` }),
  });
}

export async function deleteCampaignAction(_prev: CampaignRowState, formData: FormData): Promise<CampaignRowState> {
  return adminAction({
    permission: 'ads:manage',
    page: '/admin/ads',
    write: (db) => deleteCampaign(db, formText(formData.get('id'))),
    audit: (c) => ({ action: 'ad.delete', target: { type: 'ad', id: c.id, label: c.name } }),
    success: () => redirect('/admin/ads'),
  });
}
