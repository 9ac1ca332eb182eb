import { listCampaignImages, PLACEMENT_LABELS, PLACEMENTS, type CampaignRow } from '@/lib/ads/admin';
import { db } from '@/lib/db/client';
import { editionOption } from '@/lib/editions/labels';
import { adminEditions } from '@/lib/editorial/queries';
import type { CampaignFormValues } from './CampaignForm';

/** The select options of the campaign form. */
export async function campaignFormOptions() {
  const [images, editions] = await Promise.all([listCampaignImages(db()), adminEditions()]);
  return {
    placements: PLACEMENTS.map((p) => ({ value: p, label: PLACEMENT_LABELS[p] })),
    editions: [{ value: '', label: 'Every edition' }, ...editions.map((e) => ({ value: e.code, label: editionOption(e) }))],
    images: images.map((m) => ({ value: m.id, label: `${m.alt || m.filename} (${m.width}×${m.height})` })),
  };
}

/** A stored campaign as the form's string values. */
export function campaignFormValues(c: CampaignRow): CampaignFormValues {
  return {
    name: c.name,
    placement: c.placement,
    headline: c.headline,
    body: c.body,
    linkUrl: c.linkUrl,
    linkLabel: c.linkLabel,
    sponsor: c.sponsor,
    imageId: c.imageId ?? '',
    active: c.active ? 'on' : '',
    startsAt: c.startsAt?.toISOString() ?? '',
    endsAt: c.endsAt?.toISOString() ?? '',
    weight: String(c.weight),
    language: c.language ?? '',
  };
}
