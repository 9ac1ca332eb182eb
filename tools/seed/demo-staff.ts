/**
 * Demo staff accounts for development, demos and end-to-end tests. The
 * passwords are public (they are in this file): never seed these into a
 * production database. Call seedDemoStaff(db) from the seed.
 *
 *   admin@newsroom.test  / admin-demo-pass   ADMIN
 *   editor@newsroom.test / editor-demo-pass  EDITOR
 *   author@newsroom.test / author-demo-pass  AUTHOR
 */
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { DEMO_STAFF_EMAILS } from '../../lib/auth/demo-accounts';
import type { Role } from '../../lib/auth/permissions';
import { createUser, UserError } from '../../lib/auth/users';

export interface DemoStaffMember {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export const DEMO_STAFF = [
  { email: DEMO_STAFF_EMAILS.admin, name: 'Ada Admin', password: 'admin-demo-pass', role: 'ADMIN' },
  { email: DEMO_STAFF_EMAILS.editor, name: 'Eddie Editor', password: 'editor-demo-pass', role: 'EDITOR' },
  { email: DEMO_STAFF_EMAILS.author, name: 'Arthur Author', password: 'author-demo-pass', role: 'AUTHOR' },
] as const satisfies readonly DemoStaffMember[];

/**
 * Creates the demo staff accounts, only on a database with no staff accounts
 * at all (a fresh one). Once any account exists nothing is touched: a demo
 * account that was disabled, given another password or deleted stays so.
 * Returns the emails it created.
 */
export async function seedDemoStaff(db: PrismaClient): Promise<string[]> {
  if ((await db.user.count()) > 0) return [];
  const created: string[] = [];
  for (const member of DEMO_STAFF) {
    try {
      await createUser(db, member);
      created.push(member.email);
    } catch (err) {
      // Created by a concurrent seed a moment ago: leave it as it is.
      if (!(err instanceof UserError)) throw err;
    }
  }
  return created;
}
