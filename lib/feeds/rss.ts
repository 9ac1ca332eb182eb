import { Feed } from 'feed';
import { getLatest } from '../articles/queries';
import { getSiteChrome } from '../settings/queries';
import { absoluteUrl } from '../urls/paths';
import { stripControlCharacters as xmlText } from '../validation/text';

/**
 * Text for the item fields `feed` writes as CDATA (title, description). Its
 * XML writer (xml-js) splits only the first "]]>" of a CDATA section, so a
 * title with two would end the section early and inject markup: the others
 * are split here the same way ("]]" ends one section, ">" starts the next).
 */
function cdataText(value: string): string {
  let first = true;
  return xmlText(value).replace(/]]>/g, (m) => (first ? ((first = false), m) : ']]]]><![CDATA[>'));
}

/**
 * RSS 2.0 of the latest published stories, built with the `feed` library
 * (which escapes markup and splits "]]>" inside CDATA). Text goes through
 * xmlText: a control character stored before input refused them would make
 * the whole feed unreadable.
 */
export async function buildRssFeed(): Promise<string> {
  const [{ settings }, latest] = await Promise.all([getSiteChrome(), getLatest(50)]);
  const site = absoluteUrl('/', settings.siteUrl);
  const feed = new Feed({
    title: xmlText(settings.siteName),
    description: xmlText(settings.tagline || settings.siteName),
    id: site,
    link: site,
    language: settings.language,
    copyright: `© ${xmlText(settings.siteName)}`,
    updated: latest[0]?.publishedAt,
    feedLinks: { rss: absoluteUrl('/feed.xml', settings.siteUrl) },
  });
  for (const item of latest) {
    const link = absoluteUrl(item.path, settings.siteUrl);
    feed.addItem({
      title: cdataText(item.title),
      id: link,
      link,
      description: cdataText(item.standfirst),
      date: item.updatedAt ?? item.publishedAt,
      published: item.publishedAt,
      category: [{ name: xmlText(item.section.name) }],
      image: item.image ? absoluteUrl(item.image.src, settings.siteUrl) : undefined,
    });
  }
  return feed.rss2();
}
