import { searchPublishedForPicker } from '@/lib/editorial/queries';
import { articleApiUser, json } from '@/lib/editorial/http';
import { stripControlCharacters } from '@/lib/validation/text';

/** GET /admin/api/articles/search?q=.. → {items}: published articles for Background items. */
export async function GET(req: Request) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const q = stripControlCharacters(new URL(req.url).searchParams.get('q') ?? '')
    .trim()
    .slice(0, 200);
  return json({ items: await searchPublishedForPicker(q) });
}
