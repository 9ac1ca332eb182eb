import Image from 'next/image';
import type { AdCreative } from '@/lib/ads/queries';

type HouseAd = { headline: string; body: string; linkUrl: string; linkLabel: string };

/** Each slot's landmark name, unique on the page: "Advertisement 1" (inline-1), "Advertisement after the article". */
function slotLabel(position: string): string {
  const inline = /^inline-(\d+)$/.exec(position);
  if (inline) return `Advertisement ${inline[1]}`;
  return position === 'after-body' ? 'Advertisement after the article' : `Advertisement (${position})`;
}

/**
 * An advertisement slot: labelled, with a fixed height reserved before any
 * creative loads, so the page never jumps. Shows a house ad when no campaign runs.
 */
export function AdSlot({ creative, house, position }: { creative: AdCreative | null; house: HouseAd; position: string }) {
  const ad = creative ?? { ...house, sponsor: '', image: null, id: 'house' };
  return (
    <aside aria-label={slotLabel(position)} className="my-8 border-y border-line py-2" data-testid="ad-slot" data-position={position}>
      <p className="text-xs uppercase tracking-wide text-muted">Advertisement:</p>
      <a href={ad.linkUrl} rel={creative ? 'sponsored noopener' : undefined} className="mt-1 flex h-[232px] items-center gap-4 overflow-hidden rounded bg-paper p-4 no-underline">
        {ad.image && (
          <Image
            src={ad.image.src}
            width={ad.image.width}
            height={ad.image.height}
            alt=""
            loading="lazy"
            sizes="(max-width: 640px) 40vw, 240px"
            className="hidden h-auto w-2/5 max-w-[240px] rounded sm:block"
          />
        )}
        <span className="block min-w-0">
          {ad.sponsor && <span className="block text-xs text-muted">{ad.sponsor}</span>}
          <span className="block font-serif text-lg font-bold text-ink">{ad.headline}</span>
          {ad.body && <span className="mt-1 line-clamp-3 block text-sm text-muted">{ad.body}</span>}
          <span className="mt-2 inline-block rounded border border-ink px-3 py-1 text-sm font-semibold text-ink">{ad.linkLabel}</span>
        </span>
      </a>
    </aside>
  );
}
