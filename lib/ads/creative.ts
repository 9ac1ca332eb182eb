/**
 * What the browser gets of a campaign (GET /campaigns, ADR 018) and the one
 * rule choosing the creative of a slot. No database or Next imports: the ad
 * slots (client components) use it too.
 */
import type { ImageRef } from '../articles/view';

export type AdPlacementName = 'INLINE' | 'AFTER_BODY' | 'SIDEBAR';

export type AdCreative = {
  id: string;
  headline: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  sponsor: string;
  image: ImageRef | null;
  /** The edition whose pages show it (its code), or null for every edition's. */
  edition: string | null;
};

/** The campaigns running now per placement (each repeated by its weight), and when that next changes. */
export type ActiveCampaigns = Record<AdPlacementName, AdCreative[]> & {
  /** The next start or end of a campaign (ISO), or null when none is set. */
  nextChangeAt: string | null;
};

/** At most this long between a campaign's start or end and the public pages showing it (seconds). */
export const CAMPAIGN_MAX_AGE = 60;

/** Seconds the campaign list may be kept at `now`: until the next start or end, at most CAMPAIGN_MAX_AGE, at least 1. */
export function campaignListMaxAge(nextChangeAt: string | Date | null, now = Date.now()): number {
  if (!nextChangeAt) return CAMPAIGN_MAX_AGE;
  const seconds = Math.ceil((new Date(nextChangeAt).getTime() - now) / 1000);
  return Math.min(CAMPAIGN_MAX_AGE, Math.max(1, seconds));
}

/** The creatives of a placement that an edition's page may show: its own and those of every edition. */
export function creativesFor(campaigns: ActiveCampaigns, placement: AdPlacementName, edition: string): AdCreative[] {
  return campaigns[placement].filter((c) => c.edition === null || c.edition === edition);
}

/** Deterministic choice, so a page always shows the same creative in a slot (while the list is the same). */
export function pickCreative(creatives: AdCreative[], seed: string, slot: number): AdCreative | null {
  if (creatives.length === 0) return null;
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) | 0;
  return creatives[(Math.abs(h) + slot) % creatives.length];
}

/** Where a campaign's link goes: through the click counter, which redirects to the advertiser. */
export const adClickPath = (campaignId: string) => `/ad/${encodeURIComponent(campaignId)}/click`;

/** The house ad a slot shows when no campaign runs: the site's support call. */
export function houseAd(settings: { siteName: string; supportTitle: string; supportText: string; supportUrl: string; supportButtonText: string }) {
  return {
    headline: settings.supportTitle || `Support ${settings.siteName}`,
    body: settings.supportText,
    linkUrl: settings.supportUrl || '/',
    linkLabel: settings.supportButtonText,
  };
}
