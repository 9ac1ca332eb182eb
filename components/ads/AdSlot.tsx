'use client';

import Image from 'next/image';
import { useRef } from 'react';
import { adClickPath, creativesFor, pickCreative, type AdPlacementName } from '@/lib/ads/creative';
import { useCampaigns } from './useCampaigns';
import { useImpression } from './useImpression';

export type HouseAd = { headline: string; body: string; linkUrl: string; linkLabel: string };

/** The edition's words for a slot (lib/i18n: `ads`). */
export type AdLabels = { label: string; inline: string; afterBody: string; sidebar: string };

/** Each slot's landmark name, unique on the page: "Advertisement 1" (inline-1, front-1), "Advertisement after the article", "Advertisement beside the page". */
function slotLabel(position: string, labels: AdLabels): string {
  const numbered = /^(?:inline|front)-(\d+)$/.exec(position);
  if (numbered) return `${labels.inline} ${numbered[1]}`;
  if (position === 'after-body') return labels.afterBody;
  if (position === 'sidebar') return labels.sidebar;
  return `${labels.inline} (${position})`;
}

/**
 * An advertisement slot: labelled, with a fixed height reserved in the
 * cached page, so nothing moves when the creative arrives. The creative is
 * chosen in the browser from GET /campaigns (ADR 018), so campaigns start and
 * end on time while the page stays cached; the same `seed` and `slot` pick
 * the same creative, among the campaigns of the page's edition and of every
 * edition. A house ad shows when no campaign runs. Campaign links
 * go through the click counter; an impression counts once the slot has been
 * half in view for a second.
 */
export function AdSlot({
  placement,
  seed,
  slot = 0,
  position,
  house,
  labels,
  edition,
}: {
  placement: AdPlacementName;
  seed: string;
  slot?: number;
  position: string;
  house: HouseAd;
  labels: AdLabels;
  /** The page's edition: only its campaigns and those of every edition show. */
  edition: string;
}) {
  const campaigns = useCampaigns();
  const creative = campaigns ? pickCreative(creativesFor(campaigns, placement, edition), seed, slot) : null;
  const ref = useRef<HTMLAnchorElement>(null);
  useImpression(ref, creative?.id ?? null);
  const box = 'mt-1 flex h-[232px] items-center gap-4 overflow-hidden rounded bg-paper p-4 no-underline';
  const ad = creative ?? { ...house, sponsor: '', image: null };
  return (
    <aside aria-label={slotLabel(position, labels)} className="my-8 border-y border-line py-2" data-testid="ad-slot" data-position={position} data-campaign={creative?.id}>
      <p className="text-xs uppercase tracking-wide text-muted">{labels.label}</p>
      {campaigns === undefined ? (
        <div className={box} aria-busy="true" />
      ) : (
        <a ref={ref} href={creative ? adClickPath(creative.id) : ad.linkUrl} rel={creative ? 'sponsored noopener' : undefined} className={box}>
          {ad.image && (
            <Image
              src={ad.image.src}
              width={ad.image.width}
              height={ad.image.height}
              alt=""
              loading="lazy"
              sizes="(max-width: 640px) 40vw, 240px"
              className={`hidden h-auto w-2/5 max-w-[240px] rounded ${placement === 'SIDEBAR' ? '' : 'sm:block'}`}
            />
          )}
          <span className="block min-w-0">
            {ad.sponsor && <span className="block text-xs text-muted">{ad.sponsor}</span>}
            <span className="block font-serif text-lg font-bold text-ink">{ad.headline}</span>
            {ad.body && <span className="mt-1 line-clamp-3 block text-sm text-muted">{ad.body}</span>}
            <span className="mt-2 inline-block rounded border border-ink px-3 py-1 text-sm font-semibold text-ink">{ad.linkLabel}</span>
          </span>
        </a>
      )}
    </aside>
  );
}
