import { Feed } from 'feed';
import { editionByCode, getEditionChrome } from '../editions/queries';
import type { SiteChrome } from '../settings/queries';
import { absoluteUrl } from '../urls/paths';
import { stripControlCharacters as xmlText } from '../validation/text';
import { FEED_TYPES, feedPath, type FeedFormat } from './paths';
import { getFeedData, type FeedData, type FeedItem, type FeedScope } from './queries';

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

type Settings = SiteChrome['settings'];

const feedTitle = (data: FeedData, settings: Settings) => (data.title ? `${data.title} | ${settings.siteName}` : settings.siteName);

/** The hero as an enclosure: absolute URL, the stored MIME type and byte length (lib/media). */
function enclosure(item: FeedItem, settings: Settings) {
  return item.image ? { url: absoluteUrl(item.image.path, settings.siteUrl), type: item.image.mimeType, length: item.image.byteSize } : undefined;
}

/**
 * RSS 2.0 or Atom 1.0, built with the `feed` library (which escapes markup
 * and splits "]]>" inside CDATA). Text goes through xmlText: a control
 * character stored before input refused them would make the whole feed
 * unreadable. Each item's guid / Atom id is the article's id (`isPermaLink`
 * false; `urn:uuid:<id>` in Atom), so readers keep it when the slug changes.
 */
export function xmlFeed(format: Exclude<FeedFormat, 'json'>, scope: FeedScope, data: FeedData, settings: Settings, base = ''): string {
  const title = xmlText(feedTitle(data, settings));
  const feed = new Feed({
    title,
    description: xmlText(data.description || settings.tagline || settings.siteName),
    id: absoluteUrl(data.pagePath, settings.siteUrl),
    link: absoluteUrl(data.pagePath, settings.siteUrl),
    language: settings.language,
    copyright: `© ${xmlText(settings.siteName)}`,
    updated: data.items[0]?.updatedAt ?? data.items[0]?.publishedAt ?? new Date(0),
    author: { name: xmlText(settings.siteName), link: absoluteUrl(base || '/', settings.siteUrl) },
    feedLinks: { [format]: absoluteUrl(feedPath(scope, format, base), settings.siteUrl) },
  });
  for (const item of data.items) {
    const link = absoluteUrl(item.path, settings.siteUrl);
    feed.addItem({
      title: cdataText(item.title),
      id: format === 'atom' ? `urn:uuid:${item.id}` : item.id,
      guid: format === 'rss' ? item.id : undefined,
      link,
      description: cdataText(item.summary),
      date: item.updatedAt ?? item.publishedAt,
      published: item.publishedAt,
      category: [{ name: xmlText(item.section) }],
      // Atom: added below (the library would guess the type from the file extension).
      enclosure: format === 'rss' ? enclosure(item, settings) : undefined,
    });
  }
  return format === 'atom' ? withAtomEnclosures(feed.atom1(), data.items, settings) : feed.rss2();
}

const xmlAttr = (value: string) => xmlText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The `feed` library (6.0.0) writes an Atom enclosure's type from the file
 * extension ("image/jpg") and drops the one given; each entry's enclosure
 * link, with the stored MIME type and length, goes after its id instead.
 */
function withAtomEnclosures(xml: string, items: FeedItem[], settings: Settings): string {
  let out = xml;
  for (const item of items) {
    const e = enclosure(item, settings);
    if (!e) continue;
    const id = `<id>urn:uuid:${item.id}</id>`;
    out = out.replace(id, `${id}\n        <link rel="enclosure" href="${xmlAttr(e.url)}" type="${xmlAttr(e.type)}" length="${e.length}"/>`);
  }
  return out;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): plain JSON, so no escaping beyond JSON's own. */
export function jsonFeed(scope: FeedScope, data: FeedData, settings: Settings, base = '') {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(data, settings),
    home_page_url: absoluteUrl(data.pagePath, settings.siteUrl),
    feed_url: absoluteUrl(feedPath(scope, 'json', base), settings.siteUrl),
    description: data.description || settings.tagline || settings.siteName,
    language: settings.language,
    authors: [{ name: settings.siteName, url: absoluteUrl(base || '/', settings.siteUrl) }],
    items: data.items.map((item) => ({
      id: item.id,
      url: absoluteUrl(item.path, settings.siteUrl),
      title: item.title,
      summary: item.summary || undefined,
      content_text: item.summary || item.title,
      date_published: item.publishedAt.toISOString(),
      date_modified: (item.updatedAt ?? item.publishedAt).toISOString(),
      authors: item.authors.length ? item.authors.map((name) => ({ name })) : undefined,
      tags: [item.section, ...item.tags],
      image: item.image ? absoluteUrl(item.image.path, settings.siteUrl) : undefined,
      attachments: item.image ? [{ url: absoluteUrl(item.image.path, settings.siteUrl), mime_type: item.image.mimeType, size_in_bytes: item.image.byteSize }] : undefined,
    })),
  };
}

/** The body and Content-Type of an edition's feed, or null for an unknown section, tag or author (or edition). */
export async function buildFeed(scope: FeedScope, format: FeedFormat, code: string = 'en'): Promise<{ body: string; type: string } | null> {
  const edition = await editionByCode(code);
  if (!edition) return null;
  const [{ settings: shown }, data] = await Promise.all([getEditionChrome(edition), getFeedData(scope, code)]);
  if (!data) return null;
  // The edition's name, tagline and language.
  const settings = { ...shown, language: edition.code };
  const body = format === 'json' ? JSON.stringify(jsonFeed(scope, data, settings, edition.base)) : xmlFeed(format, scope, data, settings, edition.base);
  return { body, type: `${FEED_TYPES[format]}; charset=utf-8` };
}

/** RSS 2.0 of an edition's latest published stories (/feed.xml, /uk/feed.xml). */
export async function buildRssFeed(code: string = 'en'): Promise<string> {
  return (await buildFeed({ kind: 'site' }, 'rss', code))!.body;
}
