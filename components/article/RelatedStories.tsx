'use client';

import { RELATED_COUNT } from '@/lib/articles/related';
import { TeaserList } from '../lists/TeaserList';
import { useArticleAside } from './useArticleAside';

/** "More from <section>": the section's newest stories but this one, loaded with the Latest news island. */
export function RelatedStories({ section, edition, heading, locale, articleId }: { section: string; edition: string; heading: string; locale: string; articleId: string }) {
  const aside = useArticleAside(section, edition);
  const items = aside?.related.filter((t) => t.id !== articleId).slice(0, RELATED_COUNT) ?? [];
  if (!items.length || !aside) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="font-serif text-xl font-bold">
        {heading}
      </h2>
      <TeaserList items={items} timeZone={aside.timeZone} locale={locale} headingLevel={3} />
    </section>
  );
}
