/**
 * GET /admin/api/users — the staff list as JSON (administrators only):
 * 401 when not signed in, 403 for other roles.
 */
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/auth/users';

export async function GET() {
  const user = await requirePermission('users:manage');
  if (user instanceof Response) return user;
  const users = await listUsers(db());
  return Response.json({ users }, { headers: { 'Cache-Control': 'private, no-store' } });
}
