import { timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db/client';
import { invalidate } from '@/lib/cache/invalidate';
import { publishDueArticles } from '@/lib/editorial/workflow';

function authorised(req: Request): boolean {
  const expected = process.env.SCHEDULER_SECRET;
  const given = req.headers.get('x-scheduler-secret');
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** POST /admin/api/cron/publish-due: publishes scheduled articles that are due (scheduler only). */
export async function POST(req: Request) {
  if (!authorised(req)) return Response.json({ error: 'Forbidden' }, { status: 403 });
  const { ids, invalidate: tags } = await publishDueArticles(db());
  if (tags.length) await invalidate(tags);
  return Response.json({ published: ids }, { headers: { 'Cache-Control': 'private, no-store' } });
}
