import { Feed } from 'feed';
import { getLatest } from '../articles/queries';
import { getSiteChrome } from '../settings/queries';
import { absoluteUrl } from '../urls/paths';

/** RSS 2.0 of the latest published stories, built with the `feed` library. */
export async function buildRssFeed(): Promise<string> {
  const [{ settings }, latest] = await Promise.all([getSiteChrome(), getLatest(50)]);
  const site = absoluteUrl('/', settings.siteUrl);
  const feed = new Feed({
    title: settings.siteName,
    description: settings.tagline || settings.siteName,
    id: site,
    link: site,
    language: settings.language,
    copyright: `© ${settings.siteName}`,
    updated: latest[0]?.publishedAt,
    feedLinks: { rss: absoluteUrl('/feed.xml', settings.siteUrl) },
  });
  for (const item of latest) {
    const link = absoluteUrl(item.path, settings.siteUrl);
    feed.addItem({
      title: item.title,
      id: link,
      link,
      description: item.standfirst,
      date: item.updatedAt ?? item.publishedAt,
      published: item.publishedAt,
      category: [{ name: item.section.name }],
      image: item.image ? absoluteUrl(item.image.src, settings.siteUrl) : undefined,
    });
  }
  return feed.rss2();
}
