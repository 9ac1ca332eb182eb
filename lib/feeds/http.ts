import { buildFeed } from './rss';
import type { FeedFormat } from './paths';
import type { FeedScope } from './queries';

/** Browsers and HTTP caches keep a feed a minute; the data behind it is cached by tag (lib/feeds/queries.ts). */
const FEED_CACHE_CONTROL = 'public, max-age=60, s-maxage=60';

/** An unknown section, tag or author: 404, cached a few seconds at most. */
export const feedNotFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=10' } });

/** The response of a feed route: the feed, or a short-lived 404 for an unknown section, tag or author. */
export async function feedResponse(scope: FeedScope, format: FeedFormat, code: string = 'en'): Promise<Response> {
  const feed = await buildFeed(scope, format, code);
  if (!feed) return feedNotFound();
  return new Response(feed.body, { headers: { 'Content-Type': feed.type, 'Cache-Control': FEED_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' } });
}
