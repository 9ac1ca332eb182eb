import type { ArticleView } from '@/lib/articles/view';
import { CORRECTION_LABELS } from '@/lib/corrections/input';
import { formatDate } from '@/lib/time/format';

/** The corrections and editor's notes of an article, oldest first, in one marked box. */
export function Corrections({ items, timeZone }: { items: ArticleView['corrections']; timeZone: string }) {
  if (items.length === 0) return null;
  return (
    <aside aria-labelledby="corrections-heading" className="my-8 border-l-4 border-brand bg-paper px-5 py-4" data-testid="corrections">
      <h2 id="corrections-heading" className="text-sm font-bold uppercase tracking-wide">
        Corrections and clarifications
      </h2>
      <ol className="mt-3 space-y-3">
        {items.map((c) => (
          <li key={c.id} id={`correction-${c.id}`}>
            <p className="text-sm font-semibold">
              {CORRECTION_LABELS[c.kind]}, <time dateTime={c.date.toISOString()}>{formatDate(c.date, timeZone)}</time>
            </p>
            <p className="mt-1 whitespace-pre-line font-serif">{c.text}</p>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <a href="/corrections" className="underline">
          All corrections
        </a>
      </p>
    </aside>
  );
}
