/**
 * The cache tag vocabulary. Every cached public read tags itself with the
 * entities it shows; every write calls invalidate() (./invalidate.ts) with the
 * tags of what it changed. Keep this list small.
 */
export const tags = {
  /** Site settings, sections list, social links: the chrome of every page. */
  site: 'site',
  /** Any list of published articles: front page, latest news, feeds, sitemaps. */
  latest: 'latest',
  /** Ad campaigns. */
  ads: 'ads',
  article: (id: string) => `article:${id}`,
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  author: (id: string) => `author:${id}`,
  media: (id: string) => `media:${id}`,
} as const;
