import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getPublishedArticle } from '@/lib/articles/queries';
import { routeEdition } from '@/lib/editions/route';
import { answerMissingPath } from '@/lib/redirects/answer';
import { getLiveBlog } from '@/lib/live/queries';
import { liveBlogJsonLd, newsArticleJsonLd } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { metadataOf } from '@/lib/seo/metadata-guard';
import { SHARE_IMAGE, shareImagePath } from '@/lib/seo/share-image';
import { articleParams, BUILD_PLACEHOLDER, parseOrNull } from '@/lib/urls/params';
import { Article } from '@/components/article/Article';
import { JsonLd } from '@/components/JsonLd';
import { PublicPage } from '@/components/site/PublicPage';
import { ViewBeacon } from '@/components/metrics/ViewBeacon';

type Props = { params: Promise<{ edition: string; year: string; month: string; day: string; slug: string }> };

// Rendered on first request, then served from cache until a write invalidates its tags.
export const instant = false;
export function generateStaticParams() {
  const p = BUILD_PLACEHOLDER;
  return [{ edition: p, year: p, month: p, day: p, slug: p }];
}

async function load(params: Props['params']) {
  const raw = await params;
  if (raw.edition === BUILD_PLACEHOLDER) notFound();
  const rest = `/news/${raw.year}/${raw.month}/${raw.day}/${raw.slug}`;
  const chrome = await routeEdition(raw.edition, rest);
  const path = chrome.edition.base + rest;
  const p = parseOrNull(articleParams, raw);
  if (!p) notFound();
  const found = await getPublishedArticle(p.slug);
  // Not live under this slug: an old URL (301), an unpublished article (410) or nothing (404).
  if (!found) return answerMissingPath(path);
  // Its own URL: the right date and its own edition's prefix.
  if (found.view.path !== path) permanentRedirect(found.view.path);
  return { ...found, chrome };
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataOf(async () => {
    const { view, chrome } = await load(params);
    return pageMetadata({
      chrome,
      title: view.title,
      description: view.standfirst,
      path: view.path,
      versions: view.translations,
      // Without a hero image: the generated card (headline, section, site name).
      image: view.hero ?? { src: shareImagePath(view), ...SHARE_IMAGE, alt: view.title },
      article: {
        publishedTime: view.publishedAt.toISOString(),
        modifiedTime: view.updatedAt?.toISOString(),
        section: view.section.name,
        authors: view.authors.map((a) => a.name),
        tags: view.tags.map((t) => t.name),
      },
    });
  });
}

export default async function ArticlePage({ params }: Props) {
  const { view, chrome } = await load(params);
  // A live blog's entries are a read of their own, tagged live:<id> (ADR 017).
  const live = view.live ? await getLiveBlog(view.id) : null;
  return (
    <PublicPage chrome={chrome} currentSection={view.section.slug} versions={view.translations}>
      <JsonLd data={live ? liveBlogJsonLd(view, chrome, live) : newsArticleJsonLd(view, chrome)} />
      <Article article={view} chrome={chrome} live={live} />
      <ViewBeacon articleId={view.id} />
    </PublicPage>
  );
}
