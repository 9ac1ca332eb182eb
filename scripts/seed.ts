/**
 * npm run db:seed [-- --force]
 *
 * Seeds the demo content into the database at DATABASE_URL when it has none,
 * and the demo staff accounts (public passwords) when it has no accounts at
 * all: an explicit command; existing accounts are never touched.
 * With --force, first deletes all content, media, ads, social links and site
 * settings, then seeds again. The schema must already be migrated.
 */
import { createPrismaClient } from '../lib/db/client.ts';
import { seed, seedIfEmpty, wipeContent } from '../tools/seed/index.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length) {
    console.error(`Unknown argument: ${unknown.join(' ')}\nUsage: npm run db:seed [-- --force]`);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/newsroom npm run db:seed');
    return 2;
  }

  const db = createPrismaClient(url);
  const started = performance.now();
  try {
    if (args.includes('--force')) {
      await wipeContent(db);
      await seed(db);
      console.log(`Wiped the content tables and seeded the demo content in ${Math.round(performance.now() - started)} ms.`);
    } else if (await seedIfEmpty(db)) {
      console.log(`Seeded the demo content in ${Math.round(performance.now() - started)} ms.`);
    } else {
      console.log('The database already has content; nothing seeded. Use `npm run db:seed -- --force` to wipe it and seed again.');
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
