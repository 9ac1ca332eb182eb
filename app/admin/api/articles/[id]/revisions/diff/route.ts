import { db } from '@/lib/db/client';
import { canEditArticle } from '@/lib/auth/permissions';
import { diffRevisions } from '@/lib/editorial/revisions';
import { articleApiUser, idParam, json } from '@/lib/editorial/http';

/** GET /admin/api/articles/:id/revisions/diff?from=<revId>&to=<revId> → {fields} */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const url = new URL(req.url);
  const ids = [(await params).id, url.searchParams.get('from'), url.searchParams.get('to')].map((v) => idParam.safeParse(v));
  if (!ids.every((i) => i.success)) return json({ ok: false, error: 'invalid', message: 'Choose two revisions to compare.', fieldErrors: {} }, 400);
  const [id, from, to] = ids.map((i) => i.data!);
  const row = await db().article.findUnique({ where: { id }, select: { createdById: true } });
  if (!row) return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  if (!canEditArticle(user.role, row.createdById === user.id)) return json({ ok: false, error: 'forbidden', message: 'You cannot open this article.' }, 403);
  const fields = await diffRevisions(db(), id, from, to);
  if (!fields) return json({ ok: false, error: 'not-found', message: 'One of those revisions does not exist.' }, 404);
  return json({ fields });
}
