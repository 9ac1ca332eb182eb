import { db } from '@/lib/db/client';
import { heartbeat, leave } from '@/lib/editorial/presence';
import { articleApiTarget, json } from '@/lib/editorial/http';

type Ctx = { params: Promise<{ id: string }> };

/** POST /admin/api/articles/:id/presence → {others}: a heartbeat from an open editor. */
export async function POST(req: Request, { params }: Ctx) {
  const t = await articleApiTarget(req, params);
  if (t instanceof Response) return t;
  return json({ others: await heartbeat(db(), t.id, t.user.id) });
}

/** DELETE /admin/api/articles/:id/presence: the editor was closed. */
export async function DELETE(req: Request, { params }: Ctx) {
  const t = await articleApiTarget(req, params);
  if (t instanceof Response) return t;
  await leave(db(), t.id, t.user.id);
  return json({ ok: true });
}
