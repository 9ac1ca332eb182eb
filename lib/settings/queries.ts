import { cache } from 'react';
import { publicCache } from '../cache/public-cache';
import { db } from '../db/client';
import { tags } from '../cache/tags';
import { SETTINGS_DEFAULTS } from './defaults';

export type SiteChrome = Awaited<ReturnType<typeof getSiteChrome>>;

/**
 * Settings, sections and social links: what every public page's chrome shows.
 * Read once per request (React cache) however many parts of the page ask.
 */
export const getSiteChrome = cache(async function siteChrome() {
  'use cache';
  publicCache(tags.site);
  const [settings, sections, socialLinks] = await Promise.all([
    db().siteSettings.findUnique({ where: { id: 1 } }),
    db().section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true, description: true, translations: true } }),
    db().socialLink.findMany({ orderBy: [{ position: 'asc' }], select: { id: true, network: true, label: true, url: true } }),
  ]);
  const s = settings ?? { id: 1, ...SETTINGS_DEFAULTS };
  return {
    settings: { ...s, siteUrl: process.env.SITE_URL || s.siteUrl },
    sections,
    socialLinks,
  };
});

/** The site's public URL: SITE_URL when set, else the settings' URL. */
export async function getSiteUrl(): Promise<string> {
  return (await getSiteChrome()).settings.siteUrl;
}
