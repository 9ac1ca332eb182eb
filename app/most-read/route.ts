import { connection, type NextRequest } from 'next/server';
import { isEditionCode } from '@/lib/i18n/languages';
import { getMostRead } from '@/lib/articles/most-read';
import { tags } from '@/lib/cache/tags';

/**
 * GET /most-read → the most read articles of the last 24 hours as JSON, for
 * the article page's aside island (components/article/MostReadAside.tsx;
 * ADR 012, 018). Refreshed every minute. `?edition=<code>`: that edition's (ADR 021).
 */
export async function GET(request: NextRequest) {
  await connection();
  const edition = request.nextUrl.searchParams.get('edition') ?? 'en';
  if (!isEditionCode(edition)) return Response.json({ error: 'Unknown edition.' }, { status: 404, headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60' } });
  const mostRead = await getMostRead(edition);
  return Response.json(mostRead, {
    headers: {
      'Cache-Control': 'public, max-age=0, s-maxage=60',
      xkey: [tags.site, ...mostRead.items.map((t) => tags.article(t.id))].join(' '),
    },
  });
}
