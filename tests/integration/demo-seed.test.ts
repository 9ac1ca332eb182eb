import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

// Demo content and demo staff (public passwords) are a local-only default:
// start-up adds them to the embedded database or with SEED_DEMO=1, never to a
// DATABASE_URL on its own; a restart never re-creates, resets or re-enables
// them; a production instance with one still enabled warns.

import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { ConfigError, demoSeedPolicy, prepareDatabase } from '../../tools/db/prepare.ts';
import { DEMO_STAFF } from '../../tools/seed/demo-staff.ts';
import { wipeContent } from '../../tools/seed/index.ts';
import { DEMO_STAFF_EMAILS, isProductionDatabase } from '../../lib/auth/demo-accounts.ts';
import { warnAboutDemoAccounts } from '../../lib/auth/demo-warning.ts';
import { verifyPassword } from '../../lib/auth/password.ts';
import { closeDatabase } from '../../lib/db/client.ts';

process.env.TEST_DATABASE_ADMIN_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

const savedEnv = { ...process.env };
let database: TestDatabase;

before(async () => {
  database = await createTestDatabase({ prefix: 'demo_seed', migrate: false });
});
after(async () => {
  await closeDatabase();
  await database?.drop();
  process.env = savedEnv;
});

/** prepareDatabase as `npm start` runs it with DATABASE_URL, with SEED_DEMO as given. */
async function start(seedDemo: string | undefined): Promise<string[]> {
  const lines: string[] = [];
  if (seedDemo === undefined) delete process.env.SEED_DEMO;
  else process.env.SEED_DEMO = seedDemo;
  try {
    await prepareDatabase({ databaseUrl: database.url, handleSignals: false, log: (m) => lines.push(m) });
  } finally {
    process.env.SEED_DEMO = savedEnv.SEED_DEMO;
    if (savedEnv.SEED_DEMO === undefined) delete process.env.SEED_DEMO;
  }
  return lines;
}

test('the policy: SEED_DEMO=1 or the embedded database seed; a DATABASE_URL alone or SEED_DEMO=0 never does', () => {
  assert.equal(demoSeedPolicy(true, {}).seed, true);
  assert.equal(demoSeedPolicy(false, {}).seed, false);
  assert.equal(demoSeedPolicy(false, { SEED_DEMO: '1' }).seed, true);
  assert.equal(demoSeedPolicy(true, { SEED_DEMO: '0' }).seed, false);
  assert.equal(demoSeedPolicy(false, { SEED_DEMO: '' }).seed, false);
  assert.throws(
    () => demoSeedPolicy(false, { SEED_DEMO: 'yes' }),
    (e: Error) => e instanceof ConfigError && /SEED_DEMO must be 1 or 0/.test(e.message),
  );
});

test('a start with DATABASE_URL (no SEED_DEMO) migrates but adds no demo content and no demo staff', async () => {
  const lines = await start(undefined);
  assert.ok(
    lines.some((l) => /^Seed: no demo content \(DATABASE_URL is set/.test(l)),
    lines.join('\n'),
  );
  assert.equal(await database.prisma.user.count(), 0);
  assert.equal(await database.prisma.section.count(), 0);
  assert.equal(await database.prisma.article.count(), 0);
  const [{ n }] = await database.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "_prisma_migrations"`;
  assert.ok(n > 0, 'migrated');
});

test('SEED_DEMO=0 adds nothing either', async () => {
  await start('0');
  assert.equal(await database.prisma.user.count(), 0);
  assert.equal(await database.prisma.section.count(), 0);
});

test('SEED_DEMO=1 adds the demo content and the demo staff', async () => {
  const lines = await start('1');
  assert.ok(lines.includes('Seed: demo content added (SEED_DEMO=1)'), lines.join('\n'));
  assert.ok((await database.prisma.section.count()) > 0);
  const users = await database.prisma.user.findMany({ orderBy: { email: 'asc' } });
  assert.deepEqual(
    users.map((u) => [u.email, u.disabled]),
    [...DEMO_STAFF].map((m) => [m.email, false]).sort(),
  );
});

test('a restart on a database without sections never resets, re-enables or re-creates demo staff', async () => {
  const db = database.prisma;
  await db.user.update({ where: { email: DEMO_STAFF_EMAILS.admin }, data: { disabled: true } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF_EMAILS.editor } });
  await db.user.update({ where: { id: editor.id }, data: { passwordHash: 'changed-by-the-newsroom' } });
  await db.session.create({ data: { id: 'a'.repeat(64), userId: editor.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  await db.user.delete({ where: { email: DEMO_STAFF_EMAILS.author } });
  await wipeContent(db);

  await start(undefined); // the usual restart on DATABASE_URL: nothing at all
  assert.equal(await db.section.count(), 0);
  assert.equal(await db.user.count(), 2);

  await start('1'); // even with SEED_DEMO=1 left set: content comes back, accounts stay as the newsroom left them
  assert.ok((await db.section.count()) > 0);
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF_EMAILS.admin } })).disabled, true);
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF_EMAILS.editor } })).passwordHash, 'changed-by-the-newsroom');
  assert.equal(await db.session.count({ where: { userId: editor.id } }), 1, 'the editor was not signed out');
  assert.equal(await db.user.findUnique({ where: { email: DEMO_STAFF_EMAILS.author } }), null, 'the author was re-created');
});

test('a production instance on DATABASE_URL warns while a demo account is enabled; not locally or once disabled', async () => {
  const db = database.prisma;
  // Re-enable the editor with its public password (as if someone forgot to disable it).
  const { hashPassword } = await import('../../lib/auth/password.ts');
  const editor = DEMO_STAFF.find((m) => m.role === 'EDITOR')!;
  await db.user.update({ where: { email: editor.email }, data: { passwordHash: await hashPassword(editor.password) } });
  assert.ok(await verifyPassword((await db.user.findUniqueOrThrow({ where: { email: editor.email } })).passwordHash, editor.password));

  const env = process.env as Record<string, string | undefined>;
  env.NODE_ENV = 'production';
  env.DATABASE_URL = database.url;
  delete env.NEWSROOM_DATABASE;
  assert.equal(isProductionDatabase(), true);
  const logged: string[] = [];
  assert.deepEqual(await warnAboutDemoAccounts((m) => logged.push(m)), [editor.email]);
  assert.equal(logged.length, 1);
  assert.match(logged[0], /SECURITY WARNING: Demo staff accounts with public passwords are enabled on this production database: editor@newsroom\.test\./);

  env.NEWSROOM_DATABASE = 'embedded'; // npm start's own local database
  assert.deepEqual(await warnAboutDemoAccounts((m) => logged.push(m)), []);
  delete env.NEWSROOM_DATABASE;
  env.NODE_ENV = 'development';
  assert.deepEqual(await warnAboutDemoAccounts((m) => logged.push(m)), []);
  env.NODE_ENV = 'production';

  await db.user.update({ where: { email: editor.email }, data: { disabled: true } });
  assert.deepEqual(await warnAboutDemoAccounts((m) => logged.push(m)), []);
  assert.equal(logged.length, 1);
});
