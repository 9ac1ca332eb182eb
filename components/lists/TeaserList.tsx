import type { Teaser } from '@/lib/articles/queries';
import { formatDay, formatTime } from '@/lib/time/format';

/**
 * A plain list of stories with day and time, for listings and search.
 * `headingLevel`: one below the heading the list sits under (2 right under the page's h1).
 */
export function TeaserList({ items, timeZone, locale, headingLevel }: { items: Teaser[]; timeZone: string; locale: string; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="mt-4 divide-y divide-line" data-testid="teaser-list">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <p className="text-xs text-muted">
            <time dateTime={item.publishedAt.toISOString()}>
              {formatDay(item.publishedAt, timeZone, locale)}, {formatTime(item.publishedAt, timeZone)}
            </time>
            {' · '}
            {item.section.name}
          </p>
          <Heading className="font-serif text-lg font-bold leading-snug">
            <a href={item.path} className="hover:underline">
              {item.title}
            </a>
          </Heading>
          {item.standfirst && <p className="mt-1 line-clamp-2 text-sm text-muted">{item.standfirst}</p>}
        </li>
      ))}
    </ul>
  );
}
