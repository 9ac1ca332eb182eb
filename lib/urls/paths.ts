import { localDate } from '../time/format';

/**
 * Public URL paths. `base` is the edition's path prefix: '' for the default
 * edition, "/uk" for the others (lib/editions/queries.ts, EditionView.base).
 * Article URLs carry the publication date in the site's zone.
 */
export function articlePath(article: { slug: string; publishedAt: Date }, timeZone: string, base = ''): string {
  const { year, month, day } = localDate(article.publishedAt, timeZone);
  return `${base}/news/${year}/${month}/${day}/${article.slug}`;
}

/** An edition's path base: '' for the default edition (served at "/"), else "/<prefix>". */
export const editionBase = (prefix: string, isDefault: boolean) => (isDefault ? '' : `/${prefix}`);

const paged = (path: string, page: number) => (page > 1 ? `${path}/${page}` : path);

export const sectionPath = (slug: string, page = 1, base = '') => paged(`${base}/section/${slug}`, page);
export const tagPath = (slug: string, page = 1, base = '') => paged(`${base}/tag/${slug}`, page);
export const authorPath = (slug: string, page = 1, base = '') => paged(`${base}/author/${slug}`, page);
/** An edition's front page: "/" or "/uk". */
export const frontPath = (base = '') => base || '/';
export const searchPath = (base = '') => `${base}/search`;
export const correctionsPath = (page = 1, base = '') => paged(`${base}/corrections`, page);
export const mediaPath = (media: { id: string; filename: string }) => `/media/${media.id}/${encodeURIComponent(media.filename)}`;

/** Absolute URL for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}
