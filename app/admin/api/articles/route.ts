import { z } from 'zod';
import { db } from '@/lib/db/client';
import { createArticle } from '@/lib/editorial/save';
import { articleApiUser, readJson, respond } from '@/lib/editorial/http';

/** POST /admin/api/articles {input} → 201 with the new draft, 400 with field errors. */
export async function POST(req: Request) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const body = await readJson(req, z.object({ input: z.unknown() }));
  if (body instanceof Response) return body;
  return respond(await createArticle(db(), user, body.input));
}
