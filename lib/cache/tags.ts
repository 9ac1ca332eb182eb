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
  /** Site settings, editions, sections list, social links: the chrome of every page. */
  site: 'site',
  /** Lists of the newest articles of one edition: its front page, Latest news, feeds, sitemaps, search (ADR 021). */
  latest: (edition: string) => `latest:${edition}`,
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
  /** The published articles of one edition filed in a section / by an author (listings, "More from"). */
  sectionList: (id: string, edition: string) => `list:section:${id}:${edition}`,
  authorList: (id: string, edition: string) => `list:author:${id}:${edition}`,
  /** The published articles carrying a tag (a tag belongs to one edition). */
  tagList: (id: string) => `list:tag:${id}`,
  /** The published versions of one story in the editions: each version's hreflang links and edition switcher. */
  translations: (group: string) => `translations:${group}`,
} as const;
