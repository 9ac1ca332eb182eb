/**
 * npm run db:migrate — applies pending migrations in prisma/migrations to
 * DATABASE_URL, or to the embedded development database when it is unset.
 * Does not seed. Exits non-zero (with the reason, no stack trace) on failure.
 */
import { prepareDatabase, runMain } from '../tools/db/prepare.ts';

async function main(): Promise<number> {
  const db = await prepareDatabase({ seed: false });
  await db.stop();
  return 0;
}

runMain(main);
