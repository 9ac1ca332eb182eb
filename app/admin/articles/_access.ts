import { z } from 'zod';
import { canEditArticle } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db/client';

/**
 * Whether `user` may open article `id` in the editor (and its preview and
 * history): 'ok', 'forbidden', or 'missing' (no such article or a bad id).
 * The API checks again on every request.
 */
export async function articleAccess(user: SessionUser, id: string): Promise<'ok' | 'forbidden' | 'missing'> {
  if (!z.string().uuid().safeParse(id).success) return 'missing';
  const row = await db().article.findUnique({ where: { id }, select: { createdById: true } });
  if (!row) return 'missing';
  return canEditArticle(user.role, row.createdById === user.id) ? 'ok' : 'forbidden';
}
