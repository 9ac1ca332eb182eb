import type { ArticleView } from '../articles/view';
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
