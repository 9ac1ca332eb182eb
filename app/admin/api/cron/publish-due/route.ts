import { createHash, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db/client';
import { invalidate } from '@/lib/cache/invalidate';
import { publishDueArticles } from '@/lib/editorial/workflow';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison of digests: equal lengths whatever was sent (a header the length of the secret in characters but not in bytes included). */
function authorised(req: Request): boolean {
  const expected = process.env.SCHEDULER_SECRET;
  const given = req.headers.get('x-scheduler-secret');
  if (!expected || !given) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** POST /admin/api/cron/publish-due: publishes scheduled articles that are due (scheduler only). */
export async function POST(req: Request) {
  if (!authorised(req)) return Response.json({ error: 'Forbidden' }, { status: 403 });
  const { ids, invalidate: tags } = await publishDueArticles(db());
  if (tags.length) await invalidate(tags);
  return Response.json({ published: ids }, { headers: { 'Cache-Control': 'private, no-store' } });
}
