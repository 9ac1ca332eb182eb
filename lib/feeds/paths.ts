import type { FeedScope } from './queries';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/**
 * Where a feed is served: /feed.xml, /feed.atom, /feed.json for the site;
 * /<kind>/<slug>/feed.xml (RSS) for a listing; under the edition's base
 * ("/uk/feed.xml") for the other editions.
 */
export function feedPath(scope: FeedScope, format: FeedFormat = 'rss', base = ''): string {
  if (scope.kind === 'site') return base + { rss: '/feed.xml', atom: '/feed.atom', json: '/feed.json' }[format];
  return `${base}/${scope.kind}/${scope.slug}/feed.xml`;
}
