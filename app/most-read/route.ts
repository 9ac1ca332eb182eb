import { connection } from 'next/server';
import { getMostRead } from '@/lib/articles/most-read';
import { tags } from '@/lib/cache/tags';

/**
 * GET /most-read → the most read articles of the last 24 hours as JSON, for
 * the article page's aside island (components/article/MostReadAside.tsx;
 * ADR 012, 018). Refreshed every minute.
 */
export async function GET() {
  await connection();
  const mostRead = await getMostRead();
  return Response.json(mostRead, {
    headers: {
      'Cache-Control': 'public, max-age=0, s-maxage=60',
      xkey: [tags.site, ...mostRead.items.map((t) => tags.article(t.id))].join(' '),
    },
  });
}
