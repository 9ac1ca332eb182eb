import type { Teaser } from '@/lib/articles/queries';
import { dayKey, formatDay, formatTime } from '@/lib/time/format';

/** Reverse-chronological "Latest news" with times, grouped by day in the site's zone. */
export function LatestNews({ items, timeZone, locale, heading, compact = false }: { items: Teaser[]; timeZone: string; locale: string; heading: string; compact?: boolean }) {
  const days = new Map<string, Teaser[]>();
  for (const item of compact ? items.slice(0, 12) : items) {
    const key = dayKey(item.publishedAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return (
    <section aria-labelledby="latest-heading" data-testid="latest-news">
      <h2 id="latest-heading" className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
        {heading}
      </h2>
      {[...days.values()].map((group) => (
        <div key={dayKey(group[0].publishedAt, timeZone)}>
          <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-muted">{formatDay(group[0].publishedAt, timeZone, locale)}</h3>
          <ul className="divide-y divide-line">
            {group.map((item) => (
              <li key={item.id} className="flex gap-3 py-2">
                <time dateTime={item.publishedAt.toISOString()} className="shrink-0 text-sm font-semibold tabular-nums text-brand">
                  {formatTime(item.publishedAt, timeZone)}
                </time>
                <a href={item.path} className={`leading-snug hover:underline ${compact ? 'text-sm' : ''}`}>
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
