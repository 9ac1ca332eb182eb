import Link from 'next/link';
import type { Teaser } from '@/lib/articles/queries';
import { formatDay, formatTime } from '@/lib/time/format';

/** A plain list of stories with day and time, for listings and search. */
export function TeaserList({ items, timeZone }: { items: Teaser[]; timeZone: string }) {
  return (
    <ul className="mt-4 divide-y divide-line" data-testid="teaser-list">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <p className="text-xs text-muted">
            <time dateTime={item.publishedAt.toISOString()}>
              {formatDay(item.publishedAt, timeZone)}, {formatTime(item.publishedAt, timeZone)}
            </time>
            {' · '}
            {item.section.name}
          </p>
          <h3 className="font-serif text-lg font-bold leading-snug">
            <Link href={item.path} className="hover:underline">
              {item.title}
            </Link>
          </h3>
          {item.standfirst && <p className="mt-1 line-clamp-2 text-sm text-muted">{item.standfirst}</p>}
        </li>
      ))}
    </ul>
  );
}
