import { db } from '@/lib/db/client';
import { canEditArticle } from '@/lib/auth/permissions';
import { listRevisions } from '@/lib/editorial/revisions';
import { articleApiUser, idParam, json } from '@/lib/editorial/http';

/** GET /admin/api/articles/:id/revisions → {revisions} newest first */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const id = idParam.safeParse((await params).id);
  const row = id.success ? await db().article.findUnique({ where: { id: id.data }, select: { createdById: true } }) : null;
  if (!id.success || !row) return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  if (!canEditArticle(user.role, row.createdById === user.id)) return json({ ok: false, error: 'forbidden', message: 'You cannot open this article.' }, 403);
  return json({ revisions: await listRevisions(db(), id.data) });
}
