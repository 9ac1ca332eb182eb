import { db } from '@/lib/db/client';
import { articleApiUser, json, readJson } from '@/lib/editorial/http';
import { suggestBackground, suggestionRequest } from '@/lib/editorial/suggestions';

/**
 * POST /admin/api/articles/suggestions {articleId?, title, standfirst, text, tags, exclude}
 * → {items}: earlier published articles related to the draft, best first, for its Background block.
 * A POST because the draft's text goes in the body; it reads only.
 */
export async function POST(req: Request) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const input = await readJson(req, suggestionRequest);
  if (input instanceof Response) return input;
  return json({ items: await suggestBackground(db(), input) });
}
