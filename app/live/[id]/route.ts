import { z } from 'zod';
import { tags } from '@/lib/cache/tags';
import { getLiveFeed } from '@/lib/live/queries';
import { BUILD_PLACEHOLDER } from '@/lib/urls/params';

/**
 * GET /live/<article id> → the live blog's state and newest entries as JSON:
 * the update channel that open article pages poll (components/live/LiveUpdates.tsx).
 * One cached answer per blog, the same for every reader (no per-reader
 * query string), expired by the blog's own tag when an entry is posted
 * (ADR 017). Like the article page (ADR 002), the build renders only a
 * placeholder; each blog's answer is stored whole in Next's cache on its
 * first request (`x-nextjs-cache: HIT` after that: no handler runs per
 * poll) until its tags expire. Shared caches may keep it until purged (the
 * tags are sent as surrogate keys), like /aside/<section> (ADR 012).
 */
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  const feed = id.success ? await getLiveFeed(id.data) : null;
  if (!feed) return Response.json({ error: 'No live blog here.' }, { status: 404, headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60' } });
  return Response.json(feed, {
    headers: {
      // Browsers ask again each time; shared caches keep it until the blog's tag is purged.
      'Cache-Control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=5',
      xkey: [tags.live(feed.articleId), tags.article(feed.articleId)].join(' '),
    },
  });
}
