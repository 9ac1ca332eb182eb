import { connection } from 'next/server';
import { newsSitemapResponse } from '@/lib/seo/sitemaps';

/** An edition's Google News sitemap: /news-sitemap.xml, /<prefix>/news-sitemap.xml. */
export async function GET(_req: Request, { params }: { params: Promise<{ edition: string }> }) {
  await connection();
  return newsSitemapResponse((await params).edition);
}
