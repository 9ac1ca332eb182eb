import type { ArticleView } from '@/lib/articles/view';
import type { Messages } from '@/lib/i18n';
import { correctionsPath } from '@/lib/urls/paths';
import { correctionLabel } from '../corrections/CorrectionList';
import { formatDate } from '@/lib/time/format';

/** The corrections and editor's notes of an article, oldest first, in one marked box. */
export function Corrections({ items, timeZone, m, base }: { items: ArticleView['corrections']; timeZone: string; m: Messages; base: string }) {
  if (items.length === 0) return null;
  return (
    <aside aria-labelledby="corrections-heading" className="my-8 border-l-4 border-brand bg-paper px-5 py-4" data-testid="corrections">
      <h2 id="corrections-heading" className="text-sm font-bold uppercase tracking-wide">
        {m.corrections.heading}
      </h2>
      <ol className="mt-3 space-y-3">
        {items.map((c) => (
          <li key={c.id} id={`correction-${c.id}`}>
            <p className="text-sm font-semibold">
              {correctionLabel(c.kind, m)}, <time dateTime={c.date.toISOString()}>{formatDate(c.date, timeZone, m.locale)}</time>
            </p>
            <p className="mt-1 whitespace-pre-line font-serif">{c.text}</p>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <a href={correctionsPath(1, base)} className="underline">
          {m.corrections.all}
        </a>
      </p>
    </aside>
  );
}
