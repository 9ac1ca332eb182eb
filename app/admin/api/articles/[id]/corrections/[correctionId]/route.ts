import { auditAddress } from '@/lib/audit/address';
import { changeCorrections } from '@/lib/corrections/admin';
import { correctionInputSchema } from '@/lib/corrections/input';
import { db } from '@/lib/db/client';
import { articleApiTarget, idParam, json, readJson, respondResult } from '@/lib/editorial/http';

type Params = { params: Promise<{ id: string; correctionId: string }> };

async function target(req: Request, params: Params['params']) {
  const t = await articleApiTarget(req, params);
  if (t instanceof Response) return t;
  const correctionId = idParam.safeParse((await params).correctionId);
  if (!correctionId.success) return json({ ok: false, error: 'not-found', message: 'That correction does not exist.' }, 404);
  return { ...t, correctionId: correctionId.data };
}

/** PATCH /admin/api/articles/:id/corrections/:correctionId {kind, text, date?}: changes one. */
export async function PATCH(req: Request, { params }: Params) {
  const t = await target(req, params);
  if (t instanceof Response) return t;
  const input = await readJson(req, correctionInputSchema);
  if (input instanceof Response) return input;
  return respondResult(await changeCorrections(db(), t.user, t.id, { op: 'edit', correctionId: t.correctionId, input }, auditAddress(req.headers)));
}

/** DELETE /admin/api/articles/:id/corrections/:correctionId: removes one (kept in the revision history). */
export async function DELETE(req: Request, { params }: Params) {
  const t = await target(req, params);
  if (t instanceof Response) return t;
  return respondResult(await changeCorrections(db(), t.user, t.id, { op: 'delete', correctionId: t.correctionId }, auditAddress(req.headers)));
}
