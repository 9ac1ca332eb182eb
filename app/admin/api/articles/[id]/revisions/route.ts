import { db } from '@/lib/db/client';
import { listRevisions } from '@/lib/editorial/revisions';
import { articleApiTarget, json } from '@/lib/editorial/http';

/** GET /admin/api/articles/:id/revisions → {revisions} newest first */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  return json({ revisions: await listRevisions(db(), target.id) });
}
