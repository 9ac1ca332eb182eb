import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getPublishedArticle } from '@/lib/articles/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { newsArticleJsonLd } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { articleParams, BUILD_PLACEHOLDER, parseOrNull } from '@/lib/urls/params';
import { Article } from '@/components/article/Article';
import { JsonLd } from '@/components/JsonLd';
import { PublicPage } from '@/components/site/PublicPage';
import { ViewBeacon } from '@/components/metrics/ViewBeacon';

type Props = { params: Promise<{ year: string; month: string; day: string; slug: string }> };

// Rendered on first request, then served from cache until a write invalidates its tags.
export const instant = false;
export function generateStaticParams() {
  const p = BUILD_PLACEHOLDER;
  return [{ year: p, month: p, day: p, slug: p }];
}

async function load(params: Props['params']) {
  const p = parseOrNull(articleParams, await params);
  if (!p) notFound();
  const found = await getPublishedArticle(p.slug);
  if (!found) notFound();
  if (found.view.path !== `/news/${p.year}/${p.month}/${p.day}/${p.slug}`) permanentRedirect(found.view.path);
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await load(params);
  return pageMetadata({
    chrome: await getSiteChrome(),
    title: view.title,
    description: view.standfirst,
    path: view.path,
    image: view.hero,
    article: {
      publishedTime: view.publishedAt.toISOString(),
      modifiedTime: view.updatedAt?.toISOString(),
      section: view.section.name,
      authors: view.authors.map((a) => a.name),
      tags: view.tags.map((t) => t.name),
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { view } = await load(params);
  const chrome = await getSiteChrome();
  return (
    <PublicPage currentSection={view.section.path.split('/').pop()}>
      <JsonLd data={newsArticleJsonLd(view, chrome)} />
      <Article article={view} chrome={chrome} />
      <ViewBeacon articleId={view.id} />
    </PublicPage>
  );
}
