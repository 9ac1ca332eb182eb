import { publicCache } from '../cache/public-cache';
import { db } from '../db/client';
import { tags } from '../cache/tags';
import { imageRef, type ImageRef } from '../articles/view';
import type { AdPlacement } from '../generated/prisma/enums';

export type AdCreative = {
  id: string;
  headline: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  sponsor: string;
  image: ImageRef | null;
};

/** Active campaigns for each placement (running now, not expired), by weight. */
export async function getActiveCampaigns(): Promise<Record<AdPlacement, AdCreative[]>> {
  'use cache';
  publicCache(tags.ads);
  const now = new Date();
  const rows = await db().adCampaign.findMany({
    where: {
      active: true,
      AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
    },
    orderBy: [{ weight: 'desc' }, { createdAt: 'asc' }],
    include: { image: { select: { id: true, filename: true, width: true, height: true } } },
  });
  const out: Record<AdPlacement, AdCreative[]> = { INLINE: [], AFTER_BODY: [], SIDEBAR: [] };
  for (const r of rows) {
    const creative = {
      id: r.id,
      headline: r.headline,
      body: r.body,
      linkUrl: r.linkUrl,
      linkLabel: r.linkLabel,
      sponsor: r.sponsor,
      image: r.image ? imageRef(r.image) : null,
    };
    for (let i = 0; i < Math.max(1, r.weight); i++) out[r.placement].push(creative);
  }
  return out;
}

/** Deterministic choice, so a cached page always shows the same creative in a slot. */
export function pickCreative(creatives: AdCreative[], seed: string, slot: number): AdCreative | null {
  if (creatives.length === 0) return null;
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) | 0;
  return creatives[(Math.abs(h) + slot) % creatives.length];
}
