import { connection, type NextRequest } from 'next/server';
import { isEditionCode } from '@/lib/i18n/languages';
import { getArticleAside } from '@/lib/articles/queries';
import { tags } from '@/lib/cache/tags';

/**
 * GET /aside/<section slug> → the lists beside an article (Latest news, More
 * from the section) as JSON, for the article page's island
 * (components/article/ArticleAside.tsx). Its own small cached response, so
 * that the article page itself never carries the fast-changing `latest` tag
 * (ADR 012). Shared caches may keep it; the tags are sent as surrogate keys.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ section: string }> }) {
  await connection();
  const slug = (await params).section;
  // ?edition=<code>: that edition's lists (ADR 021).
  const edition = request.nextUrl.searchParams.get('edition') ?? 'en';
  const aside = /^[a-z0-9-]{1,80}$/.test(slug) && isEditionCode(edition) ? await getArticleAside(slug, edition) : null;
  if (!aside) return Response.json({ error: 'Unknown section.' }, { status: 404, headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60' } });
  return Response.json(aside, {
    headers: {
      // Browsers ask again each time (a new story shows on the next page view); shared caches keep it until purged.
      'Cache-Control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=60',
      xkey: [tags.site, tags.latest(edition), tags.section(aside.sectionId), tags.sectionList(aside.sectionId, edition)].join(' '),
    },
  });
}
