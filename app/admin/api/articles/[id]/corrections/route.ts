import { auditAddress } from '@/lib/audit/address';
import { changeCorrections, listCorrections } from '@/lib/corrections/admin';
import { correctionInputSchema } from '@/lib/corrections/input';
import { db } from '@/lib/db/client';
import { articleApiTarget, json, readJson, respondResult } from '@/lib/editorial/http';

type Params = { params: Promise<{ id: string }> };

/** GET /admin/api/articles/:id/corrections: the article's corrections and editor's notes, oldest first. */
export async function GET(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  return json({ ok: true, value: await listCorrections(db(), target.id) });
}

/** POST /admin/api/articles/:id/corrections {kind, text, date?}: adds one; live at once (editors). */
export async function POST(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  const input = await readJson(req, correctionInputSchema);
  if (input instanceof Response) return input;
  return respondResult(await changeCorrections(db(), target.user, target.id, { op: 'add', input }, auditAddress(req.headers)), 201);
}
