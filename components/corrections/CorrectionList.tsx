import type { CorrectionEntry } from '@/lib/corrections/queries';
import type { Messages } from '@/lib/i18n';
import { formatDate } from '@/lib/time/format';

/** The edition's word for a correction or an editor's note. */
export const correctionLabel = (kind: CorrectionEntry['kind'], m: Messages) => (kind === 'NOTE' ? m.corrections.note : m.corrections.correction);

/** The /corrections page's list: newest first, each with the article it is on. */
export function CorrectionList({ items, timeZone, m }: { items: CorrectionEntry[]; timeZone: string; m: Messages }) {
  if (items.length === 0) return <p className="mt-6 text-muted">{m.corrections.none}</p>;
  return (
    <ol className="mt-6 divide-y divide-line" data-testid="correction-list">
      {items.map((c) => (
        <li key={c.id} className="py-4">
          <p className="text-sm text-muted">
            {correctionLabel(c.kind, m)}, <time dateTime={c.date.toISOString()}>{formatDate(c.date, timeZone, m.locale)}</time>
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
