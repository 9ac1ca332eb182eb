import { getArticleAside } from '@/lib/articles/queries';
import { tags } from '@/lib/cache/tags';
import { BUILD_PLACEHOLDER } from '@/lib/urls/params';

/**
 * GET /aside/<section slug> → the lists beside an article (Latest news, More
 * from the section) as JSON, for the article page's island
 * (components/article/ArticleAside.tsx). Its own small cached response, so
 * that the article page itself never carries the fast-changing `latest` tag
 * (ADR 012). Like the article page, the build renders only a placeholder;
 * each section's answer is stored whole in Next's cache on its first request
 * (no handler runs per request after that) until its tags expire. Shared
 * caches may keep it; the tags are sent as surrogate keys.
 */
export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER }];
}

export async function GET(_req: Request, { params }: { params: Promise<{ section: string }> }) {
  const slug = (await params).section;
  const aside = /^[a-z0-9-]{1,80}$/.test(slug) ? await getArticleAside(slug) : null;
  if (!aside) return Response.json({ error: 'Unknown section.' }, { status: 404, headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60' } });
  return Response.json(aside, {
    headers: {
      // Browsers ask again each time (a new story shows on the next page view); shared caches keep it until purged.
      'Cache-Control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=60',
      xkey: [tags.latest, tags.section(aside.sectionId), tags.sectionList(aside.sectionId)].join(' '),
    },
  });
}
