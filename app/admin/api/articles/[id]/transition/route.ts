import { z } from 'zod';
import { auditAddress } from '@/lib/audit/address';
import { db } from '@/lib/db/client';
import { transitionArticle } from '@/lib/editorial/workflow';
import { articleApiUser, idParam, json, readJson, respond } from '@/lib/editorial/http';

const body = z.object({
  baseVersion: z.number().int().min(1),
  action: z.enum(['submit', 'publish', 'schedule', 'unpublish', 'draft', 'update', 'discard', 'submit-changes']),
  scheduledAt: z.string().datetime({ offset: true, message: 'scheduledAt must be an ISO date-time' }).nullish(),
});

/** POST /admin/api/articles/:id/transition {baseVersion, action, scheduledAt?}: a status change, or update / discard / submit-changes of pending changes */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const id = idParam.safeParse((await params).id);
  if (!id.success) return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  const parsed = await readJson(req, body);
  if (parsed instanceof Response) return parsed;
  return respond(await transitionArticle(db(), user, { id: id.data, ...parsed, address: auditAddress(req.headers) }));
}
