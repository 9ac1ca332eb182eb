import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import { articleApiTarget, json } from '@/lib/editorial/http';
import { linkCandidates, TRANSLATION_MESSAGES } from '@/lib/editorial/translations';
import { stripControlCharacters } from '@/lib/validation/text';

type Params = { params: Promise<{ id: string }> };

/** GET /admin/api/articles/:id/translations/candidates?q=: articles of other editions to link, by title words (editors). */
export async function GET(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  if (!can(target.user.role, 'articles:edit-any')) return json({ ok: false, error: 'forbidden', message: TRANSLATION_MESSAGES.linkForbidden }, 403);
  const q = stripControlCharacters(new URL(req.url).searchParams.get('q') ?? '')
    .trim()
    .slice(0, 200);
  return json({ ok: true, value: await linkCandidates(db(), target.id, q) });
}
