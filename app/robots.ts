import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { getEditions } from '@/lib/editions/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { absoluteUrl } from '@/lib/urls/paths';

/** Every edition's sitemap and news sitemap (ADR 021). */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const [{ settings }, { all }] = await Promise.all([getSiteChrome(), getEditions()]);
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/search', ...all.filter((e) => !e.isDefault).map((e) => `${e.base}/search`)] }],
    sitemap: all.flatMap((e) => [absoluteUrl(`${e.base}/sitemap.xml`, settings.siteUrl), absoluteUrl(`${e.base}/news-sitemap.xml`, settings.siteUrl)]),
  };
}
