import { z } from 'zod';
import { canEditArticle } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import type { Db } from './articles';

/**
 * The one answer to "may this user open and edit article X": editors and
 * admins every article, authors their own (lib/auth/permissions.ts). Used by
 * the editor, preview and history pages, every article API route and the
 * writes themselves (./write.ts), so they cannot disagree.
 */

export type ArticleAccess = 'ok' | 'forbidden' | 'missing';

/** For a row already loaded. */
export function mayEditArticle(user: Pick<SessionUser, 'id' | 'role'>, row: { createdById: string | null }): boolean {
  return canEditArticle(user.role, row.createdById === user.id);
}

/** For an article id from a URL: 'missing' also for an id that is not a uuid. */
export async function articleAccess(db: Db, user: Pick<SessionUser, 'id' | 'role'>, id: unknown): Promise<ArticleAccess> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) return 'missing';
  const row = await db.article.findUnique({ where: { id: parsed.data }, select: { createdById: true } });
  if (!row) return 'missing';
  return mayEditArticle(user, row) ? 'ok' : 'forbidden';
}
