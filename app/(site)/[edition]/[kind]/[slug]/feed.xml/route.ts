import { connection } from 'next/server';
import { editionFeed } from '@/lib/feeds/edition';
import { feedNotFound } from '@/lib/feeds/http';
import { feedParams } from '@/lib/urls/params';

/** RSS 2.0 of a section, tag or author in an edition: /section/<slug>/feed.xml, /uk/tag/…, /author/…. */
export async function GET(_req: Request, { params }: { params: Promise<{ edition: string; kind: string; slug: string }> }) {
  await connection();
  const raw = await params;
  const p = feedParams.safeParse(raw);
  if (!p.success) return feedNotFound();
  return editionFeed(raw.edition, p.data, 'rss');
}
