import { z } from 'zod';
import { publicCacheFor } from '../cache/public-cache';
import { db } from '../db/client';
import { tags } from '../cache/tags';
import { imageRef } from '../articles/view';
import { isHttpUrl } from '../validation/url';
import { campaignListMaxAge, type ActiveCampaigns } from './creative';

export { creativesFor, pickCreative, type AdCreative, type ActiveCampaigns } from './creative';

/**
 * Active campaigns for each placement (running now, not expired), by weight,
 * each with its edition (null: every edition's; the slot filters, so one
 * cached list serves every edition),
 * and the next moment a campaign starts or ends. Cached until that moment and
 * at most a minute (ADR 018), so a campaign appears and disappears on time
 * without anyone saving anything; a save expires it at once (tag `ads`).
 */
export async function getActiveCampaigns(): Promise<ActiveCampaigns> {
  'use cache';
  const now = new Date();
  const [rows, nextStart] = await Promise.all([
    db().adCampaign.findMany({
      where: {
        active: true,
        AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
      },
      orderBy: [{ weight: 'desc' }, { createdAt: 'asc' }],
      include: { image: { select: { id: true, filename: true, width: true, height: true } } },
    }),
    // The next start; the next end is among the running rows above.
    db().adCampaign.findFirst({ where: { active: true, startsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: { startsAt: true } }),
  ]);
  const ends = rows.flatMap((r) => (r.endsAt ? [r.endsAt.getTime()] : []));
  const boundaries = [...ends, ...(nextStart?.startsAt ? [nextStart.startsAt.getTime()] : [])];
  const nextChangeAt = boundaries.length ? new Date(Math.min(...boundaries)).toISOString() : null;
  publicCacheFor(campaignListMaxAge(nextChangeAt, now.getTime()), tags.ads);

  const out: ActiveCampaigns = { INLINE: [], AFTER_BODY: [], SIDEBAR: [], nextChangeAt };
  for (const r of rows) {
    const creative = {
      id: r.id,
      headline: r.headline,
      body: r.body,
      linkUrl: r.linkUrl,
      linkLabel: r.linkLabel,
      sponsor: r.sponsor,
      image: r.image ? imageRef(r.image) : null,
      edition: r.language,
    };
    for (let i = 0; i < Math.max(1, r.weight); i++) out[r.placement].push(creative);
  }
  return out;
}

/** The advertiser's link of a campaign (whatever its state), for the click redirect; null when unknown or not http(s). */
export async function campaignLink(id: string): Promise<string | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db().adCampaign.findUnique({ where: { id }, select: { linkUrl: true } });
  return row && isHttpUrl(row.linkUrl) ? row.linkUrl : null;
}
