import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { getSiteChrome } from '@/lib/settings/queries';
import { absoluteUrl } from '@/lib/urls/paths';

export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const { settings } = await getSiteChrome();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/search'] }],
    sitemap: [absoluteUrl('/sitemap.xml', settings.siteUrl), absoluteUrl('/news-sitemap.xml', settings.siteUrl)],
  };
}
