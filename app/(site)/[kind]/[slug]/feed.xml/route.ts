import { connection } from 'next/server';
import { feedNotFound, feedResponse } from '@/lib/feeds/http';
import { feedParams } from '@/lib/urls/params';

/** RSS 2.0 of a section, tag or author: /section/<slug>/feed.xml, /tag/…, /author/…. */
export async function GET(_req: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  await connection();
  const p = feedParams.safeParse(await params);
  if (!p.success) return feedNotFound();
  return feedResponse(p.data, 'rss');
}
