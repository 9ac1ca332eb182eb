import type { ArticleView } from '../articles/view';
import { bodyToText } from '../blocks/schema';
import { LIVE_LIMITS } from '../live/limits';
import type { LiveBlogView } from '../live/queries';
import type { SiteChrome } from '../settings/queries';
import { absoluteUrl } from '../urls/paths';

/** schema.org NewsArticle for an article page. */
export function newsArticleJsonLd(article: ArticleView, chrome: SiteChrome) {
  const { settings } = chrome;
  const url = absoluteUrl(article.path, settings.siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title,
    description: article.standfirst,
    inLanguage: article.language,
    datePublished: article.publishedAt.toISOString(),
    // A correction changes what the article says: it counts as a modification.
    dateModified: new Date(Math.max((article.updatedAt ?? article.publishedAt).getTime(), ...article.corrections.map((c) => c.date.getTime()))).toISOString(),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    image: article.hero ? [absoluteUrl(article.hero.src, settings.siteUrl)] : undefined,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(a.path, settings.siteUrl) })),
    publisher: { '@type': 'NewsMediaOrganization', name: settings.siteName, url: absoluteUrl('/', settings.siteUrl) },
    correction: article.corrections.length
      ? article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date.toISOString(), url: `${url}#correction-${c.id}` }))
      : undefined,
  };
}

/**
 * schema.org LiveBlogPosting for a live blog's page (ADR 017): the article's
 * own fields, the coverage times and its newest entries as liveBlogUpdate,
 * each a BlogPosting at the entry's anchor.
 */
export function liveBlogJsonLd(article: ArticleView, chrome: SiteChrome, live: LiveBlogView) {
  const base = newsArticleJsonLd(article, chrome);
  const newest = live.entries[0];
  const modified = [article.updatedAt ?? article.publishedAt, ...live.entries.map((e) => e.updatedAt ?? e.publishedAt)].reduce((a, b) => (b > a ? b : a));
  return {
    ...base,
    '@type': 'LiveBlogPosting',
    dateModified: modified.toISOString(),
    coverageStartTime: article.publishedAt.toISOString(),
    coverageEndTime: live.status === 'ENDED' ? (newest?.publishedAt ?? article.publishedAt).toISOString() : undefined,
    liveBlogUpdate: live.entries.slice(0, LIVE_LIMITS.jsonLdEntries).map((e) => ({
      '@type': 'BlogPosting',
      headline: e.title,
      url: `${base.url}#entry-${e.id}`,
      datePublished: e.publishedAt.toISOString(),
      dateModified: (e.updatedAt ?? e.publishedAt).toISOString(),
      articleBody: bodyToText(e.body),
      author: e.author ? { '@type': 'Person', name: e.author } : undefined,
    })),
  };
}
