import { connection } from 'next/server';
import { editionFeed } from '@/lib/feeds/edition';

/** Atom 1.0 of an edition: /feed.atom (the default edition), /<prefix>/feed.atom. */
export async function GET(_req: Request, { params }: { params: Promise<{ edition: string }> }) {
  await connection();
  return editionFeed((await params).edition, { kind: 'site' }, 'atom');
}
