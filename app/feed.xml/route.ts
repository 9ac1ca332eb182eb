import { connection } from 'next/server';
import { buildRssFeed } from '@/lib/feeds/rss';

export async function GET() {
  await connection();
  return new Response(await buildRssFeed(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=60' },
  });
}
