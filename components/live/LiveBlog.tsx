import type { Messages } from '@/lib/i18n';
import { liveLabels } from '@/lib/live/labels';
import type { LiveBlogView } from '@/lib/live/queries';
import { LIVE_LIMITS } from '@/lib/live/limits';
import { LiveEntry } from './LiveEntry';
import { LiveUpdates } from './LiveUpdates';

/**
 * A live blog's entries, newest first, rendered on the server (the page
 * works with JavaScript off), with the update island on top while it is live.
 */
export function LiveBlog({ blog, m }: { blog: LiveBlogView; m: Messages }) {
  const labels = liveLabels(m);
  return (
    <section aria-labelledby="live-updates-heading" className="relative my-8" data-testid="live-blog" data-live-status={blog.status} data-article-id={blog.articleId}>
      <h2 id="live-updates-heading" className="font-serif text-2xl font-bold">
        {blog.status === 'LIVE' ? m.live.liveUpdates : m.live.updates}
      </h2>
      {blog.status === 'LIVE' && (
        <LiveUpdates articleId={blog.articleId} knownIds={blog.entries.slice(0, LIVE_LIMITS.feedEntries).map((e) => e.id)} timeZone={blog.timeZone} labels={labels} />
      )}
      {blog.entries.length === 0 && <p className="mt-3 text-muted">{m.live.first}</p>}
      {blog.entries.map((e) => (
        <LiveEntry key={e.id} entry={e} timeZone={blog.timeZone} labels={labels} />
      ))}
      {blog.total > blog.entries.length && <p className="mt-3 text-sm text-muted">{m.live.earlier}</p>}
    </section>
  );
}
