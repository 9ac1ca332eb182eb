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
import type { Role } from '../../lib/auth/permissions';
import { upsertUser } from '../../lib/auth/users';

export interface DemoStaffMember {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export const DEMO_STAFF = [
  { email: 'admin@newsroom.test', name: 'Ada Admin', password: 'admin-demo-pass', role: 'ADMIN' },
  { email: 'editor@newsroom.test', name: 'Eddie Editor', password: 'editor-demo-pass', role: 'EDITOR' },
  { email: 'author@newsroom.test', name: 'Arthur Author', password: 'author-demo-pass', role: 'AUTHOR' },
] as const satisfies readonly DemoStaffMember[];

/** Creates the demo staff, or resets them (name, role, password, enabled) if they exist. */
export async function seedDemoStaff(db: PrismaClient): Promise<void> {
  for (const member of DEMO_STAFF) {
    await upsertUser(db, member);
  }
}
