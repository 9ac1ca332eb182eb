'use client';

import Link from 'next/link';
import { LatestNews } from '../lists/LatestNews';
import { useArticleAside } from './useArticleAside';

/**
 * "Latest news" beside an article: an island filled from /aside/<section>
 * after the cached page loads (ADR 012), so publishing a story does not
 * expire every article page. Without JavaScript it links to the front page.
 */
export function LatestNewsAside({ section }: { section: string }) {
  const aside = useArticleAside(section);
  return (
    <aside aria-label="Latest news" className="min-w-0">
      {aside ? (
        <LatestNews items={aside.latest} timeZone={aside.timeZone} compact />
      ) : (
        <section aria-labelledby="latest-heading" className="min-h-[40rem]">
          <h2 id="latest-heading" className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
            Latest news
          </h2>
          <noscript>
            <p className="mt-3">
              <Link href="/" className="prose-link">
                The latest news is on the front page.
              </Link>
            </p>
          </noscript>
        </section>
      )}
    </aside>
  );
}
