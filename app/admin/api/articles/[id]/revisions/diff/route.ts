import { db } from '@/lib/db/client';
import { diffRevisions } from '@/lib/editorial/revisions';
import { articleApiTarget, idParam, json } from '@/lib/editorial/http';

/** GET /admin/api/articles/:id/revisions/diff?from=<revId>&to=<revId> → {fields} */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(req.url);
  const revs = [url.searchParams.get('from'), url.searchParams.get('to')].map((v) => idParam.safeParse(v));
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  if (!revs.every((r) => r.success)) return json({ ok: false, error: 'invalid', message: 'Choose two revisions to compare.', fieldErrors: {} }, 400);
  const [from, to] = revs.map((r) => r.data!);
  const fields = await diffRevisions(db(), target.id, from, to);
  if (!fields) return json({ ok: false, error: 'not-found', message: 'One of those revisions does not exist.' }, 404);
  return json({ fields });
}
