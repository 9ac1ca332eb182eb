import type { CorrectionEntry } from '@/lib/corrections/queries';
import { CORRECTION_LABELS } from '@/lib/corrections/input';
import { formatDate } from '@/lib/time/format';

/** The /corrections page's list: newest first, each with the article it is on. */
export function CorrectionList({ items, timeZone }: { items: CorrectionEntry[]; timeZone: string }) {
  if (items.length === 0) return <p className="mt-6 text-muted">No corrections have been published.</p>;
  return (
    <ol className="mt-6 divide-y divide-line" data-testid="correction-list">
      {items.map((c) => (
        <li key={c.id} className="py-4">
          <p className="text-sm text-muted">
            {CORRECTION_LABELS[c.kind]}, <time dateTime={c.date.toISOString()}>{formatDate(c.date, timeZone)}</time>
          </p>
          <h2 className="mt-1 font-serif text-xl font-bold">
            <a href={`${c.article.path}#correction-${c.id}`} className="hover:underline">
              {c.article.title}
            </a>
          </h2>
          <p className="mt-1 whitespace-pre-line">{c.text}</p>
        </li>
      ))}
    </ol>
  );
}
