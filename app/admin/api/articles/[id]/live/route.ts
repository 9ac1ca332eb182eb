import { auditAddress } from '@/lib/audit/address';
import { db } from '@/lib/db/client';
import { articleApiTarget, articleApiUser, json, readJson, respondResult } from '@/lib/editorial/http';
import { listEntriesForEditing, setLiveStatus } from '@/lib/live/admin';
import { liveStatusInput } from '@/lib/live/schema';

type Ctx = { params: Promise<{ id: string }> };

/** GET /admin/api/articles/:id/live → {status, entries} (newest first), for the admin's live blog panel. */
export async function GET(req: Request, { params }: Ctx) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  const [article, entries] = await Promise.all([db().article.findUnique({ where: { id: target.id }, select: { liveStatus: true } }), listEntriesForEditing(db(), target.id)]);
  return json({ status: article?.liveStatus ?? 'NONE', entries });
}

/** PUT /admin/api/articles/:id/live {status: NONE|LIVE|ENDED} → 200 {ok, value} | 400 | 403 | 404 (ADR 017) */
export async function PUT(req: Request, { params }: Ctx) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const input = await readJson(req, liveStatusInput);
  if (input instanceof Response) return input;
  return respondResult(await setLiveStatus(db(), user, { articleId: (await params).id, input, address: auditAddress(req.headers) }));
}
