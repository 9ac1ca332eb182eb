import type { Teaser } from '@/lib/articles/queries';

/** "Most read": the most viewed stories of the last 24 hours, numbered. */
export function MostRead({ items, heading, compact = false }: { items: Teaser[]; heading: string; compact?: boolean }) {
  return (
    <section aria-labelledby="most-read-heading" data-testid="most-read" className="mt-10">
      <h2 id="most-read-heading" className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
        {heading}
      </h2>
      <ol className="divide-y divide-line">
        {items.map((item, i) => (
          <li key={item.id} className="flex gap-3 py-2">
            <span aria-hidden="true" className="w-5 shrink-0 font-serif text-lg font-bold leading-snug text-brand tabular-nums">
              {i + 1}
            </span>
            <a href={item.path} className={`leading-snug hover:underline ${compact ? 'text-sm' : ''}`}>
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
