import { z } from 'zod';
import { db } from '@/lib/db/client';
import { saveArticle } from '@/lib/editorial/save';
import { getEditableArticle } from '@/lib/editorial/queries';
import { articleApiTarget, articleApiUser, idParam, json, readJson, respond } from '@/lib/editorial/http';

type Ctx = { params: Promise<{ id: string }> };

const notFound = () => json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);

/** GET /admin/api/articles/:id → {article} */
export async function GET(req: Request, { params }: Ctx) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  return json({ article: await getEditableArticle(target.id) });
}

const saveBody = z.object({
  baseVersion: z.number().int().min(1),
  input: z.unknown(),
  autosave: z.boolean().optional(),
  force: z.boolean().optional(),
});

/** PUT /admin/api/articles/:id {baseVersion, input, autosave?, force?} → 200 | 400 | 403 | 404 | 409 */
export async function PUT(req: Request, { params }: Ctx) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const id = idParam.safeParse((await params).id);
  if (!id.success) return notFound();
  const body = await readJson(req, saveBody);
  if (body instanceof Response) return body;
  return respond(await saveArticle(db(), user, { id: id.data, ...body }));
}
