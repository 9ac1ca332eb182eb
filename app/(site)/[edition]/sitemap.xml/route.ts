import { connection } from 'next/server';
import { sitemapResponse } from '@/lib/seo/sitemaps';

/** An edition's sitemap: /sitemap.xml (the default edition), /<prefix>/sitemap.xml. */
export async function GET(_req: Request, { params }: { params: Promise<{ edition: string }> }) {
  await connection();
  return sitemapResponse((await params).edition);
}
