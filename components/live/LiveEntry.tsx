import type { LiveLabels } from '@/lib/live/labels';
import type { LiveEntryView } from '@/lib/live/queries';
import { formatDay, formatTime, wasUpdated } from '@/lib/time/format';
import { BlockView } from '../article/BlockView';

/**
 * One live blog entry, with its own anchor (#entry-<id>). Rendered on the
 * server for the cached page, and in the browser by the update island for
 * entries that arrive while the page is open (no server-only imports here).
 */
export function LiveEntry({ entry, timeZone, labels }: { entry: LiveEntryView; timeZone: string; labels: LiveLabels }) {
  const l = labels.entry;
  const anchor = `entry-${entry.id}`;
  return (
    <article id={anchor} aria-labelledby={`${anchor}-title`} className="scroll-mt-20 border-t-2 border-line py-5" data-testid="live-entry" data-entry-id={entry.id}>
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
        <a href={`#${anchor}`} className="font-semibold text-ink hover:underline" title={l.link}>
          <time dateTime={entry.publishedAt.toISOString()}>{formatTime(entry.publishedAt, timeZone)}</time>
        </a>
        <span>{formatDay(entry.publishedAt, timeZone, labels.locale)}</span>
        {wasUpdated(entry.publishedAt, entry.updatedAt) && (
          <span>
            · {l.updated} <time dateTime={entry.updatedAt.toISOString()}>{formatTime(entry.updatedAt, timeZone)}</time>
          </span>
        )}
        {entry.keyEvent && <span className="rounded bg-brand px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">{l.keyEvent}</span>}
      </p>
      <h3 id={`${anchor}-title`} className="mt-1 font-serif text-xl font-bold leading-snug">
        {entry.title}
      </h3>
      {entry.author && (
        <p className="mt-1 text-sm text-muted">
          {l.by} {entry.author}
        </p>
      )}
      <div className="font-serif text-[1.15rem] leading-relaxed">
        {entry.body.map((block, i) => (
          <BlockView key={i} block={block} labels={{ quote: l.quote }} />
        ))}
      </div>
    </article>
  );
}
