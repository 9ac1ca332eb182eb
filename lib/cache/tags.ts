/**
 * The cache tag vocabulary. Every cached public read tags itself with the
 * entities it shows; every write calls invalidate() (./invalidate.ts) with the
 * tags of what it changed. Keep this list small.
 *
 * An entity's own data (a section's name, an author's byline) and the list of
 * articles filed under it are separate tags: an article page shows its
 * section's name, not the section's newest stories, so publishing another
 * story in that section (which changes `sectionList`) leaves it cached.
 */
export const tags = {
  /** Site settings, sections list, social links: the chrome of every page. */
  site: 'site',
  /** Lists of the newest articles across the site: front page, Latest news, feeds, sitemaps, search. */
  latest: 'latest',
  /** The list of corrections and editor's notes across the site (/corrections). */
  corrections: 'corrections',
  /** Ad campaigns. */
  ads: 'ads',
  /** Staff redirects: the answers at paths nothing else serves (lib/redirects). */
  redirects: 'redirects',
  article: (id: string) => `article:${id}`,
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  author: (id: string) => `author:${id}`,
  media: (id: string) => `media:${id}`,
  /** A live blog's entries and state (ADR 017): its article page and its update channel (/live/<id>). */
  live: (articleId: string) => `live:${articleId}`,
  /** The published articles filed in a section / carrying a tag / by an author (listings, "More from"). */
  sectionList: (id: string) => `list:section:${id}`,
  tagList: (id: string) => `list:tag:${id}`,
  authorList: (id: string) => `list:author:${id}`,
} as const;
