'use client';

import { useEffect } from 'react';
import { countView } from '@/lib/metrics/send';

/**
 * Counts a view of the article once the page is shown (ADR 018). Renders
 * nothing; the cached page stays the same for every reader. A page being
 * prerendered counts when it is actually shown.
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      countView(articleId);
      return;
    }
    const onShown = () => countView(articleId);
    document.addEventListener('prerenderingchange', onShown, { once: true });
    return () => document.removeEventListener('prerenderingchange', onShown);
  }, [articleId]);
  return null;
}
