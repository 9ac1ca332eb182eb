import { z } from 'zod';
import { db } from '@/lib/db/client';
import { restoreRevision } from '@/lib/editorial/revisions';
import { articleApiUser, idParam, json, readJson, respond } from '@/lib/editorial/http';

/** POST /admin/api/articles/:id/revisions/:revId/restore {baseVersion} */
export async function POST(req: Request, { params }: { params: Promise<{ id: string; revId: string }> }) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const p = await params;
  const id = idParam.safeParse(p.id);
  const revId = idParam.safeParse(p.revId);
  if (!id.success || !revId.success) return json({ ok: false, error: 'not-found', message: 'That revision does not exist.' }, 404);
  const body = await readJson(req, z.object({ baseVersion: z.number().int().min(1) }));
  if (body instanceof Response) return body;
  return respond(await restoreRevision(db(), user, id.data, revId.data, body.baseVersion));
}
