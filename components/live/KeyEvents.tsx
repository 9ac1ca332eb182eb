import type { LiveBlogView } from '@/lib/live/queries';
import { formatTime } from '@/lib/time/format';

/** The key events summary at the top of a live blog: links to their entries' anchors, newest first. */
export function KeyEvents({ blog, heading }: { blog: LiveBlogView; heading: string }) {
  const events = blog.entries.filter((e) => e.keyEvent);
  if (events.length === 0) return null;
  return (
    <nav aria-labelledby="key-events-heading" className="my-5 rounded border border-line bg-paper p-4" data-testid="key-events">
      <h2 id="key-events-heading" className="font-serif text-lg font-bold">
        {heading}
      </h2>
      <ol className="mt-2 space-y-1.5 text-sm">
        {events.map((e) => (
          <li key={e.id} className="flex gap-2">
            <time dateTime={e.publishedAt.toISOString()} className="shrink-0 font-semibold tabular-nums">
              {formatTime(e.publishedAt, blog.timeZone)}
            </time>
            <a href={`#entry-${e.id}`} className="prose-link">
              {e.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
