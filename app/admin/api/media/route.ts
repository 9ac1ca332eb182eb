import { searchMedia } from '@/lib/editorial/queries';
import { articleApiUser, json } from '@/lib/editorial/http';
import { stripControlCharacters } from '@/lib/validation/text';

/** GET /admin/api/media?q=.. → {items}: images to pick for heroes and image blocks. */
export async function GET(req: Request) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const q = stripControlCharacters(new URL(req.url).searchParams.get('q') ?? '')
    .trim()
    .slice(0, 200);
  return json({ items: await searchMedia(q) });
}
