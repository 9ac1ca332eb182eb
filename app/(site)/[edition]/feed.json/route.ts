import { connection } from 'next/server';
import { editionFeed } from '@/lib/feeds/edition';

/** JSON Feed 1.1 of an edition: /feed.json (the default edition), /<prefix>/feed.json. */
export async function GET(_req: Request, { params }: { params: Promise<{ edition: string }> }) {
  await connection();
  return editionFeed((await params).edition, { kind: 'site' }, 'json');
}
