/** How many stories an article page's "More from <section>" shows. */
export const RELATED_COUNT = 4;
