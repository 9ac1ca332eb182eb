/** Sizes of live blogs (ADR 017). Pure, so the browser island can import it without zod. */
export const LIVE_LIMITS = {
  title: 200,
  /** Blocks in one entry: an update, not an article. */
  blocks: 50,
  /** Entries the article page shows (newest first); older ones stay in the database. */
  pageEntries: 300,
  /** Entries the update channel (/live/<id>) carries: a reader away longer reloads. */
  feedEntries: 20,
  /** Entries in the page's JSON-LD liveBlogUpdate. */
  jsonLdEntries: 50,
} as const;
