import type { Metadata } from 'next';
import type { EditionChrome } from '../editions/queries';
import { feedPath } from '../feeds/paths';
import type { FeedScope } from '../feeds/queries';
import { absoluteUrl } from '../urls/paths';

/**
 * hreflang alternates (ADR 021): the page itself and its versions in the other
 * editions, plus x-default (the default edition's version, else the first by
 * edition order). None when the page has no version elsewhere.
 */
export function hreflangLinks(chrome: EditionChrome, path: string, versions: { code: string; path: string }[]): Record<string, string> | undefined {
  if (versions.length === 0) return undefined;
  const { settings, edition, editions } = chrome;
  const all = [{ code: edition.code as string, path }, ...versions];
  const order = (code: string) => editions.findIndex((e) => e.code === code);
  all.sort((a, b) => order(a.code) - order(b.code));
  const byDefault = all.find((v) => editions.find((e) => e.code === v.code)?.isDefault) ?? all[0];
  return { ...Object.fromEntries(all.map((v) => [v.code, absoluteUrl(v.path, settings.siteUrl)])), 'x-default': absoluteUrl(byDefault.path, settings.siteUrl) };
}

/** Title, description, canonical, hreflang, feeds, OpenGraph and Twitter tags for a public page of an edition. */
export function pageMetadata({
  chrome,
  title,
  description,
  path,
  image,
  article,
  feed,
  versions = [],
}: {
  chrome: EditionChrome;
  /** The page's versions in the other editions (hreflang). */
  versions?: { code: string; path: string }[];
  title?: string;
  description?: string;
  path: string;
  image?: { src: string; width: number; height: number; alt: string } | null;
  article?: { publishedTime: string; modifiedTime?: string; section: string; authors: string[]; tags: string[] };
  /** A listing's own feed (with its title), linked before the site's. */
  feed?: { scope: FeedScope; title: string };
}): Metadata {
  const { settings, edition, m } = chrome;
  const base = edition.base;
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
      languages: hreflangLinks(chrome, path, versions),
      // <link rel="alternate"> to the feeds: the listing's own, then the site's in each format.
      types: {
        'application/rss+xml': [
          ...(feed ? [{ url: absoluteUrl(feedPath(feed.scope, 'rss', base), settings.siteUrl), title: `${feed.title} | ${settings.siteName}` }] : []),
          { url: absoluteUrl(feedPath({ kind: 'site' }, 'rss', base), settings.siteUrl), title: settings.siteName },
        ],
        'application/atom+xml': [{ url: absoluteUrl(feedPath({ kind: 'site' }, 'atom', base), settings.siteUrl), title: settings.siteName }],
        'application/feed+json': [{ url: absoluteUrl(feedPath({ kind: 'site' }, 'json', base), settings.siteUrl), title: settings.siteName }],
      },
    },
    openGraph: {
      title: title ?? settings.siteName,
      description: desc,
      url,
      siteName: settings.siteName,
      locale: m.ogLocale,
      images,
      ...(article
        ? { type: 'article', publishedTime: article.publishedTime, modifiedTime: article.modifiedTime, section: article.section, authors: article.authors, tags: article.tags }
        : { type: 'website' }),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: title ?? settings.siteName, description: desc, images: images?.map((i) => i.url) },
  };
}
