import { connection } from 'next/server';
import { editionFeed } from '@/lib/feeds/edition';

/** RSS 2.0 of an edition: /feed.xml (the default edition), /<prefix>/feed.xml. */
export async function GET(_req: Request, { params }: { params: Promise<{ edition: string }> }) {
  await connection();
  return editionFeed((await params).edition, { kind: 'site' }, 'rss');
}
