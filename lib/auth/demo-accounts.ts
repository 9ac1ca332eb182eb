/**
 * The demo staff accounts (tools/seed/demo-staff.ts) whose passwords are
 * public. The seed adds them only to local databases (README "Security");
 * a production instance that still has one of them enabled warns at every
 * start (instrumentation.ts) and shows a banner in the admin
 * (components/admin/DemoAccountsBanner.tsx).
 */
import type { PrismaClient } from '../generated/prisma/client';

export const DEMO_STAFF_EMAILS = {
  admin: 'admin@newsroom.test',
  editor: 'editor@newsroom.test',
  author: 'author@newsroom.test',
} as const;

/**
 * Does this process serve production from a database it was pointed at
 * (DATABASE_URL set, NODE_ENV=production), rather than the embedded local one
 * `npm start` runs (which marks it with NEWSROOM_DATABASE=embedded)?
 */
export function isProductionDatabase(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === 'production' && Boolean(env.DATABASE_URL) && env.NEWSROOM_DATABASE !== 'embedded';
}

/** The emails of demo accounts that are enabled (anyone knowing the public password can sign in as them). */
export async function activeDemoAccounts(db: PrismaClient): Promise<string[]> {
  const users = await db.user.findMany({
    where: { email: { in: Object.values(DEMO_STAFF_EMAILS) }, disabled: false },
    select: { email: true },
    orderBy: { email: 'asc' },
  });
  return users.map((u) => u.email);
}

/** The warning logged at start (and shown in the admin) while demo accounts are enabled in production. */
export function demoAccountsWarning(emails: readonly string[]): string {
  return (
    `Demo staff accounts with public passwords are enabled on this production database: ${emails.join(', ')}. ` +
    'Anyone can sign in with them. Disable them in the admin (Users) after creating your own administrator (npm run admin:create).'
  );
}
