import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { getPublishedSectionSlugs, getSitemapEntries } from '@/lib/articles/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { absoluteUrl, sectionPath } from '@/lib/urls/paths';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [{ settings, sections }, entries, withArticles] = await Promise.all([getSiteChrome(), getSitemapEntries(), getPublishedSectionSlugs()]);
  const listed = new Set(withArticles);
  const url = (path: string) => absoluteUrl(path, settings.siteUrl);
  return [
    { url: url('/'), changeFrequency: 'always', priority: 1 },
    ...sections.filter((s) => listed.has(s.slug)).map((s) => ({ url: url(sectionPath(s.slug)), changeFrequency: 'hourly' as const, priority: 0.8 })),
    ...entries.map((e) => ({ url: url(e.path), lastModified: e.lastModified, priority: 0.6 })),
  ];
}
