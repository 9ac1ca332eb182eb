import { auditAddress } from '@/lib/audit/address';
import { db } from '@/lib/db/client';
import { articleApiTarget, readJson, respondResult } from '@/lib/editorial/http';
import { linkTranslation, linkTranslationSchema } from '@/lib/editorial/translations';

type Params = { params: Promise<{ id: string }> };

/** POST /admin/api/articles/:id/translations/link {articleId}: links an article of another edition as a version of this one (editors). */
export async function POST(req: Request, { params }: Params) {
  const target = await articleApiTarget(req, params);
  if (target instanceof Response) return target;
  const input = await readJson(req, linkTranslationSchema);
  if (input instanceof Response) return input;
  return respondResult(await linkTranslation(db(), target.user, target.id, input.articleId, auditAddress(req.headers)));
}
