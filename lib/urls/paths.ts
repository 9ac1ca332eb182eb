import { localDate } from '../time/format';

/** Public URL paths. Article URLs carry the publication date in the site's zone. */
export function articlePath(article: { slug: string; publishedAt: Date }, timeZone: string): string {
  const { year, month, day } = localDate(article.publishedAt, timeZone);
  return `/news/${year}/${month}/${day}/${article.slug}`;
}

export const sectionPath = (slug: string, page = 1) => (page > 1 ? `/section/${slug}/${page}` : `/section/${slug}`);
export const tagPath = (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/${page}` : `/tag/${slug}`);
export const authorPath = (slug: string, page = 1) => (page > 1 ? `/author/${slug}/${page}` : `/author/${slug}`);
export const mediaPath = (media: { id: string; filename: string }) => `/media/${media.id}/${encodeURIComponent(media.filename)}`;

/** Absolute URL for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}
