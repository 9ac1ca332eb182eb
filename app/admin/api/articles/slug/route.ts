import { z } from 'zod';
import { isSlugAvailable } from '@/lib/editorial/queries';
import { SLUG_PATTERN, slugify } from '@/lib/editorial/input';
import { articleApiUser, json } from '@/lib/editorial/http';

/** GET /admin/api/articles/slug?slug=..&id=.. → {available, suggestion} */
export async function GET(req: Request) {
  const user = await articleApiUser(req);
  if (user instanceof Response) return user;
  const url = new URL(req.url);
  const slug = z
    .string()
    .max(200)
    .catch('')
    .parse(url.searchParams.get('slug') ?? '');
  const id = z
    .string()
    .uuid()
    .optional()
    .catch(undefined)
    .parse(url.searchParams.get('id') ?? undefined);
  const suggestion = slugify(slug);
  if (!SLUG_PATTERN.test(slug)) return json({ available: false, valid: false, suggestion });
  return json({ available: await isSlugAvailable(slug, id), valid: true, suggestion });
}
