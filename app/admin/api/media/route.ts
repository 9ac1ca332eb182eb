import { z } from 'zod';
import { mediaItem, searchMedia } from '@/lib/editorial/queries';
import { articleApiUser, json } from '@/lib/editorial/http';
import { stripControlCharacters } from '@/lib/validation/text';

/**
 * GET /admin/api/media?q=.. → {items}: images to pick for heroes and image blocks.
 * GET /admin/api/media?id=<uuid> → {items: [that image]} (or none): what the picker shows for the current choice.
 */
export async function GET(req: Request) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const id = new URL(req.url).searchParams.get('id');
  if (id !== null) {
    const parsed = z.uuid().safeParse(id);
    const item = parsed.success ? await mediaItem(parsed.data) : null;
    return json({ items: item ? [item] : [] });
  }
  const q = stripControlCharacters(new URL(req.url).searchParams.get('q') ?? '')
    .trim()
    .slice(0, 200);
  return json({ items: await searchMedia(q) });
}
