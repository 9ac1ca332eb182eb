import type { LiveBlogView, LiveEntryView } from './queries';

/**
 * The browser side of the update channel (ADR 017), pure so it is unit
 * tested: the JSON of /live/<id> back into views, and which of its entries a
 * page has not shown yet. No imports that reach the database.
 */

type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type LiveFeedJson = Omit<LiveBlogView, 'entries'> & { entries: Wire<LiveEntryView>[] };

export function reviveFeed(json: LiveFeedJson): LiveBlogView {
  return {
    ...json,
    entries: json.entries.map((e) => ({ ...e, publishedAt: new Date(e.publishedAt), updatedAt: e.updatedAt ? new Date(e.updatedAt) : null })),
  };
}

/**
 * The feed's entries the page has not shown (newest first), and whether more
 * arrived than the feed carries (none of the shown entries is in a full
 * feed): then the page offers a reload instead.
 */
export function unseenEntries(feed: LiveBlogView, seen: ReadonlySet<string>, feedSize: number): { fresh: LiveEntryView[]; gap: boolean } {
  const fresh = feed.entries.filter((e) => !seen.has(e.id));
  const gap = seen.size > 0 && feed.entries.length >= feedSize && fresh.length === feed.entries.length;
  return { fresh, gap };
}
