import { auditAddress } from '@/lib/audit/address';
import { db } from '@/lib/db/client';
import { articleApiTarget, json, readJson, respondResult } from '@/lib/editorial/http';
import { createTranslation, createTranslationSchema, listTranslations, unlinkTranslation } from '@/lib/editorial/translations';

type Params = { params: Promise<{ id: string }> };

/** GET /admin/api/articles/:id/translations: its versions in the other editions, and the editions without one. */
export async function GET(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  const view = await listTranslations(db(), target.user, target.id);
  if (!view) return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  return json({ ok: true, value: view });
}

/** POST /admin/api/articles/:id/translations {language}: a draft copy in that edition, in the article's translation group → 201 {id}. */
export async function POST(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  const input = await readJson(req, createTranslationSchema);
  if (input instanceof Response) return input;
  return respondResult(await createTranslation(db(), target.user, target.id, input.language, auditAddress(req.headers)), 201);
}

/** DELETE /admin/api/articles/:id/translations: the article leaves its translation group (editors). */
export async function DELETE(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  return respondResult(await unlinkTranslation(db(), target.user, target.id, auditAddress(req.headers)));
}
