'use client';

import { useEffect, useState } from 'react';
import type { ArticleAside, Teaser } from '@/lib/articles/queries';

type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** What /aside/<section> answers: the lists with dates as ISO strings. */
type AsideJson = Omit<ArticleAside, 'latest' | 'related'> & { latest: Wire<Teaser>[]; related: Wire<Teaser>[] };

const revive = (t: Wire<Teaser>): Teaser => ({ ...t, publishedAt: new Date(t.publishedAt), updatedAt: t.updatedAt ? new Date(t.updatedAt) : null });

// One request per edition and section while a page shows it (the two islands of a page share it); refetched after a minute.
const requests = new Map<string, { at: number; data: Promise<ArticleAside | null> }>();

function load(section: string, edition: string): Promise<ArticleAside | null> {
  const key = `${edition}/${section}`;
  const hit = requests.get(key);
  if (hit && Date.now() - hit.at < 60_000) return hit.data;
  const data = fetch(`/aside/${encodeURIComponent(section)}?edition=${encodeURIComponent(edition)}`, { headers: { Accept: 'application/json' } })
    .then((res) => (res.ok ? (res.json() as Promise<AsideJson>) : null))
    .then((json) => (json ? { ...json, latest: json.latest.map(revive), related: json.related.map(revive) } : null))
    .catch(() => null);
  requests.set(key, { at: Date.now(), data });
  return data;
}

/** The lists of an edition beside an article, loaded after the (cached) page: null until they arrive or if they cannot. */
export function useArticleAside(section: string, edition: string): ArticleAside | null {
  const [aside, setAside] = useState<ArticleAside | null>(null);
  useEffect(() => {
    let current = true;
    void load(section, edition).then((data) => {
      if (current) setAside(data);
    });
    return () => {
      current = false;
    };
  }, [section, edition]);
  return aside;
}
