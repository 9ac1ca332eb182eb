'use client';

import { useEffect, type RefObject } from 'react';
import { countImpression } from '@/lib/metrics/send';

/** An impression: at least half of the slot in view for at least a second (the IAB rule for display ads). */
const VISIBLE_SHARE = 0.5;
const VISIBLE_MS = 1000;

/** Counts one impression of `campaignId` once the element has been half in view for a second (ADR 018). */
export function useImpression(ref: RefObject<HTMLElement | null>, campaignId: string | null) {
  useEffect(() => {
    const el = ref.current;
    if (!el || !campaignId || typeof IntersectionObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      ([entry]) => {
        const visible = entry.isIntersecting && entry.intersectionRatio >= VISIBLE_SHARE && document.visibilityState === 'visible';
        if (visible && !timer) {
          timer = setTimeout(() => {
            countImpression(campaignId);
            observer.disconnect();
          }, VISIBLE_MS);
        } else if (!visible && timer) {
          clearTimeout(timer);
          timer = undefined;
        }
      },
      { threshold: [0, VISIBLE_SHARE, 1] },
    );
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, campaignId]);
}
