'use client';

import { useEffect, useState } from 'react';
import type { MostRead as MostReadData } from '@/lib/articles/most-read';
import { MostRead } from '../lists/MostRead';

type Wire = Omit<MostReadData, 'items'> & { items: (Omit<MostReadData['items'][number], 'publishedAt' | 'updatedAt'> & { publishedAt: string; updatedAt: string | null })[] };

/**
 * "Most read" beside an article: an island filled from GET /most-read after
 * the cached page loads (ADR 012, 018), so the article page does not change
 * every minute. It is last in the column, so its arrival moves nothing; with
 * nothing counted yet it shows nothing.
 */
export function MostReadAside({ edition, heading }: { edition: string; heading: string }) {
  const [data, setData] = useState<Wire | null>(null);
  useEffect(() => {
    let current = true;
    fetch(`/most-read?edition=${encodeURIComponent(edition)}`, { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<Wire>) : null))
      .then((json) => {
        if (current) setData(json);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [edition]);
  if (!data || data.items.length === 0) return null;
  return (
    <MostRead items={data.items.map((t) => ({ ...t, publishedAt: new Date(t.publishedAt), updatedAt: t.updatedAt ? new Date(t.updatedAt) : null }))} heading={heading} compact />
  );
}
