import { db } from '@/lib/db/client';
import { heartbeat, leave } from '@/lib/editorial/presence';
import { articleApiUser, idParam, json } from '@/lib/editorial/http';

type Ctx = { params: Promise<{ id: string }> };

async function target(req: Request, params: Ctx['params']) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const id = idParam.safeParse((await params).id);
  const exists = id.success && (await db().article.count({ where: { id: id.data } }));
  if (!exists) return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  return { user, id: id.data! };
}

/** POST /admin/api/articles/:id/presence → {others}: a heartbeat from an open editor. */
export async function POST(req: Request, { params }: Ctx) {
  const t = await target(req, params);
  if (t instanceof Response) return t;
  return json({ others: await heartbeat(db(), t.id, t.user.id) });
}

/** DELETE /admin/api/articles/:id/presence: the editor was closed. */
export async function DELETE(req: Request, { params }: Ctx) {
  const t = await target(req, params);
  if (t instanceof Response) return t;
  await leave(db(), t.id, t.user.id);
  return json({ ok: true });
}
