import type { Metadata } from 'next';
import type { SiteChrome } from '../settings/queries';
import { feedPath } from '../feeds/paths';
import type { FeedScope } from '../feeds/queries';
import { absoluteUrl } from '../urls/paths';

/** Title, description, canonical, OpenGraph and Twitter tags for a public page. */
export function pageMetadata({
  chrome,
  title,
  description,
  path,
  image,
  article,
  feed,
}: {
  chrome: SiteChrome;
  title?: string;
  description?: string;
  path: string;
  image?: { src: string; width: number; height: number; alt: string } | null;
  article?: { publishedTime: string; modifiedTime?: string; section: string; authors: string[]; tags: string[] };
  /** A listing's own feed (with its title), linked before the site's. */
  feed?: { scope: FeedScope; title: string };
}): Metadata {
  const { settings } = chrome;
  const fullTitle = title ? `${title} | ${settings.siteName}` : `${settings.siteName}${settings.tagline ? ` — ${settings.tagline}` : ''}`;
  const desc = description || settings.tagline || settings.siteName;
  const url = absoluteUrl(path, settings.siteUrl);
  const images = image ? [{ url: absoluteUrl(image.src, settings.siteUrl), width: image.width, height: image.height, alt: image.alt }] : undefined;
  return {
    metadataBase: new URL(settings.siteUrl),
    title: fullTitle,
    description: desc,
    alternates: {
      canonical: url,
      // <link rel="alternate"> to the feeds: the listing's own, then the site's in each format.
      types: {
        'application/rss+xml': [
          ...(feed ? [{ url: absoluteUrl(feedPath(feed.scope), settings.siteUrl), title: `${feed.title} | ${settings.siteName}` }] : []),
          { url: absoluteUrl(feedPath({ kind: 'site' }, 'rss'), settings.siteUrl), title: settings.siteName },
        ],
        'application/atom+xml': [{ url: absoluteUrl(feedPath({ kind: 'site' }, 'atom'), settings.siteUrl), title: settings.siteName }],
        'application/feed+json': [{ url: absoluteUrl(feedPath({ kind: 'site' }, 'json'), settings.siteUrl), title: settings.siteName }],
      },
    },
    openGraph: {
      title: title ?? settings.siteName,
      description: desc,
      url,
      siteName: settings.siteName,
      locale: 'en_GB',
      images,
      ...(article
        ? { type: 'article', publishedTime: article.publishedTime, modifiedTime: article.modifiedTime, section: article.section, authors: article.authors, tags: article.tags }
        : { type: 'website' }),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: title ?? settings.siteName, description: desc, images: images?.map((i) => i.url) },
  };
}
