import { z } from 'zod';
import { isSlugAvailable } from '@/lib/editorial/queries';
import { SLUG_PATTERN, slugify } from '@/lib/editorial/input';
import { articleApiUser, json } from '@/lib/editorial/http';
import { articleAccess } from '@/lib/editorial/access';
import { db } from '@/lib/db/client';

/** GET /admin/api/articles/slug?slug=..&id=.. → {available, suggestion}; 404 for an id the caller may not edit. */
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
  // The article being edited (its own slug is no clash): only one the caller may edit.
  if (id && (await articleAccess(db(), user, id)) !== 'ok') return json({ ok: false, error: 'not-found', message: 'This article does not exist.' }, 404);
  const suggestion = slugify(slug);
  if (!SLUG_PATTERN.test(slug)) return json({ available: false, valid: false, suggestion });
  return json({ available: await isSlugAvailable(slug, id), valid: true, suggestion });
}
