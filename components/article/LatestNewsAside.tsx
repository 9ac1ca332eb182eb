'use client';

import { LatestNews } from '../lists/LatestNews';
import { useArticleAside } from './useArticleAside';

/**
 * "Latest news" beside an article: an island filled from /aside/<section>
 * after the cached page loads (ADR 012), so publishing a story does not
 * expire every article page. Without JavaScript it links to the front page.
 */
export function LatestNewsAside({
  section,
  edition,
  locale,
  labels,
  frontPath,
}: {
  section: string;
  edition: string;
  locale: string;
  labels: { latestNews: string; latestOnFront: string };
  frontPath: string;
}) {
  const aside = useArticleAside(section, edition);
  return (
    <aside aria-label={labels.latestNews} className="min-w-0">
      {aside ? (
        <LatestNews items={aside.latest} timeZone={aside.timeZone} locale={locale} heading={labels.latestNews} compact />
      ) : (
        <section aria-labelledby="latest-heading" className="min-h-[40rem]">
          <h2 id="latest-heading" className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
            {labels.latestNews}
          </h2>
          <noscript>
            <p className="mt-3">
              <a href={frontPath} className="prose-link">
                {labels.latestOnFront}
              </a>
            </p>
          </noscript>
        </section>
      )}
    </aside>
  );
}
