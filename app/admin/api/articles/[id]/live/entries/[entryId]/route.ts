import { z } from 'zod';
import { auditAddress } from '@/lib/audit/address';
import { db } from '@/lib/db/client';
import { articleApiUser, readJson, respondResult } from '@/lib/editorial/http';
import { deleteEntry, updateEntry } from '@/lib/live/admin';

type Ctx = { params: Promise<{ id: string; entryId: string }> };

/** PUT /admin/api/articles/:id/live/entries/:entryId {title, body, keyEvent} → 200 {ok, value: entry} | 400 | 403 | 404 */
export async function PUT(req: Request, { params }: Ctx) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const input = await readJson(req, z.unknown());
  if (input instanceof Response) return input;
  const { id, entryId } = await params;
  return respondResult(await updateEntry(db(), user, { articleId: id, entryId, input, address: auditAddress(req.headers) }));
}

/** DELETE /admin/api/articles/:id/live/entries/:entryId → 200 {ok, value: {id}} | 403 | 404 */
export async function DELETE(req: Request, { params }: Ctx) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const { id, entryId } = await params;
  return respondResult(await deleteEntry(db(), user, { articleId: id, entryId, address: auditAddress(req.headers) }));
}
