import { z } from 'zod';
import { auditAddress } from '@/lib/audit/address';
import { db } from '@/lib/db/client';
import { articleApiUser, readJson, respondResult } from '@/lib/editorial/http';
import { addEntry } from '@/lib/live/admin';

/** POST /admin/api/articles/:id/live/entries {title, body, keyEvent} → 201 {ok, value: entry} | 400 | 403 | 404 | 409: published at once (ADR 017). */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  // The fields are checked by addEntry (lib/live/schema.ts), with messages that name them.
  const input = await readJson(req, z.unknown());
  if (input instanceof Response) return input;
  return respondResult(await addEntry(db(), user, { articleId: (await params).id, input, address: auditAddress(req.headers) }), 201);
}
