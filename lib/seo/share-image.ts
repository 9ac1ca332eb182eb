import { editionByCode, sectionIn } from '../editions/queries';
import { EDITION_CODES, isEditionCode } from '../i18n/languages';
import { published } from '../articles/queries';
import { publicCache, shortPublicCache } from '../cache/public-cache';
import { tags } from '../cache/tags';
import { db } from '../db/client';
import { getSiteChrome } from '../settings/queries';

/**
 * Share images (issue 11, part 5): an article without a hero image gets a
 * generated 1200×630 PNG (headline, section, site name, in the article's
 * edition) at /og/<id>.png, so
 * links to it show a large card. The URL carries the article's version
 * (`?v=`): an update gives social sites and HTTP caches a new URL, and the
 * rendered PNG is cached by Next with the article's tags (app/og/[file]).
 */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The card's typeface (Source Serif 4 bold), one font per Unicode subset, tried in this order for each glyph. */
export const SHARE_FONT_SUBSETS = ['latin', 'cyrillic', 'latin-ext', 'cyrillic-ext'] as const;
export const SHARE_FONT_FAMILY = SHARE_FONT_SUBSETS.map((s) => `'Serif ${s}'`).join(', ');

export function shareImagePath(article: { id: string; publishedAt: Date; updatedAt: Date | null }): string {
  return `/og/${article.id}.png?v=${(article.updatedAt ?? article.publishedAt).getTime().toString(36)}`;
}

/** `<uuid>.png` → the id, or null. */
export function shareImageId(file: string): string | null {
  const m = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.png$/.exec(file);
  return m ? m[1] : null;
}

export type ShareCard = { title: string; section: string; siteName: string };

/** What the card of a published article shows, or null (unknown or unpublished: a short-lived 404). */
export async function getShareCard(id: string): Promise<ShareCard | null> {
  'use cache';
  const [{ settings }, row] = await Promise.all([
    getSiteChrome(),
    db().article.findFirst({ where: { id, ...published }, select: { title: true, language: true, section: { select: { id: true, name: true, translations: true } } } }),
  ]);
  if (!row) {
    shortPublicCache(tags.article(id), ...EDITION_CODES.map((code) => tags.latest(code)));
    return null;
  }
  publicCache(tags.site, tags.article(id), tags.section(row.section.id));
  // In the article's edition: its section name and site name, as on the article page.
  const code = isEditionCode(row.language) ? row.language : null;
  const edition = code ? await editionByCode(code) : null;
  return {
    title: row.title,
    section: code ? sectionIn(row.section, code).name : row.section.name,
    siteName: edition?.siteName || settings.siteName,
  };
}
