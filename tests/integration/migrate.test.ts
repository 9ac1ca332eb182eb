/**
 * The migration runner (tools/db/migrate.ts) against real, throw-away databases.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { DEFAULT_MIGRATIONS_DIR, listMigrations, migrate, MigrationError } from '../../tools/db/migrate.ts';
import { connectPg, createTestDatabase, type TestDatabase } from '../helpers/db.ts';

const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({ migrate: false, prefix: 'test_migrate' });
  databases.push(db);
  return db;
}

function tempMigrationsDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'));
  tempDirs.push(dir);
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = await connectPg(url);
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function tableNames(url: string): Promise<string[]> {
  const rows = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
  return rows.map((r) => r.table_name).sort();
}

after(async () => {
  await Promise.all(databases.map((db) => db.drop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('migrate()', () => {
  const migrations = listMigrations();

  test('finds the repository migrations in name order', () => {
    assert.ok(migrations.length > 0, 'prisma/migrations has migrations');
    const names = migrations.map((m) => m.name);
    assert.deepEqual(names, [...names].sort());
    for (const name of names) assert.match(name, /^\d{14}_\w+$/, `${name} follows <timestamp>_<name>`);
  });

  test('applies every migration to an empty database, then is a no-op', async () => {
    const db = await emptyDatabase();
    const logs: string[] = [];
    const first = await migrate(db.url, { log: (m) => logs.push(m) });
    assert.deepEqual(
      first.applied,
      migrations.map((m) => m.name),
    );
    assert.equal(first.total, migrations.length);
    assert.equal(logs.length, migrations.length, 'one log line per applied migration');

    const tables = await tableNames(db.url);
    for (const table of ['_prisma_migrations', 'Article', 'Section', 'SiteSettings']) assert.ok(tables.includes(table), `${table} exists`);

    const before = await query(db.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const second = await migrate(db.url);
    assert.deepEqual(second.applied, []);
    assert.deepEqual(await tableNames(db.url), tables);
    const afterRows = await query(db.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    assert.deepEqual(afterRows, before, '_prisma_migrations unchanged by the second run');
  });

  test('records migrations the way Prisma does', async () => {
    const db = await emptyDatabase();
    await migrate(db.url);

    const columns = await query<{ column_name: string; data_type: string; character_maximum_length: number | null; is_nullable: string; column_default: string | null }>(
      db.url,
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    assert.deepEqual(
      columns.map((c) => [c.column_name, c.data_type, c.character_maximum_length, c.is_nullable, c.column_default]),
      [
        ['id', 'character varying', 36, 'NO', null],
        ['checksum', 'character varying', 64, 'NO', null],
        ['finished_at', 'timestamp with time zone', null, 'YES', null],
        ['migration_name', 'character varying', 255, 'NO', null],
        ['logs', 'text', null, 'YES', null],
        ['rolled_back_at', 'timestamp with time zone', null, 'YES', null],
        ['started_at', 'timestamp with time zone', null, 'NO', 'now()'],
        ['applied_steps_count', 'integer', null, 'NO', '0'],
      ],
    );
    const pk = await query<{ attname: string }>(
      db.url,
      `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = '"_prisma_migrations"'::regclass AND i.indisprimary`,
    );
    assert.deepEqual(
      pk.map((r) => r.attname),
      ['id'],
    );

    const rows = await query<{
      id: string;
      checksum: string;
      migration_name: string;
      finished_at: Date | null;
      started_at: Date;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>(db.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    assert.equal(rows.length, migrations.length);
    for (const [i, row] of rows.entries()) {
      const file = path.join(DEFAULT_MIGRATIONS_DIR, migrations[i].name, 'migration.sql');
      assert.equal(row.migration_name, migrations[i].name);
      assert.equal(row.checksum, createHash('sha256').update(readFileSync(file)).digest('hex'), 'checksum = sha256 of migration.sql');
      assert.match(row.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.ok(row.finished_at instanceof Date && row.finished_at >= row.started_at, 'finished after it started');
      assert.equal(row.rolled_back_at, null);
      assert.equal(row.applied_steps_count, 1);
      assert.equal(row.logs, null);
    }
  });

  test('several instances migrating at once apply each migration exactly once', async () => {
    const db = await emptyDatabase();
    const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url), migrate(db.url)]);
    const appliedTotal = results.reduce((n, r) => n + r.applied.length, 0);
    assert.equal(appliedTotal, migrations.length, 'each migration applied by exactly one of the runs');
    const rows = await query<{ migration_name: string; n: string }>(db.url, 'SELECT migration_name, count(*) AS n FROM "_prisma_migrations" GROUP BY migration_name');
    assert.equal(rows.length, migrations.length);
    for (const row of rows) assert.equal(Number(row.n), 1, `${row.migration_name} recorded once`);
  });

  test('applies only the new migrations of a later release', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrationsDir();
    addMigration(dir, '20260101000000_first', 'CREATE TABLE "One" ("id" INTEGER PRIMARY KEY);');
    assert.deepEqual((await migrate(db.url, { migrationsDir: dir })).applied, ['20260101000000_first']);
    addMigration(dir, '20260102000000_second', 'CREATE TABLE "Two" ("id" INTEGER PRIMARY KEY);');
    assert.deepEqual((await migrate(db.url, { migrationsDir: dir })).applied, ['20260102000000_second']);
    assert.deepEqual(await tableNames(db.url), ['One', 'Two', '_prisma_migrations']);
  });

  test('a failing migration is rolled back completely and reported clearly', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrationsDir();
    addMigration(dir, '20260101000000_good', 'CREATE TABLE "Good" ("id" INTEGER PRIMARY KEY);');
    addMigration(
      dir,
      '20260102000000_broken',
      [
        'CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY);',
        'ALTER TABLE "Good" ADD COLUMN "extra" TEXT;',
        'INSERT INTO "Good" ("id") VALUES (1);',
        'SELECT * FROM "DoesNotExist";',
        '',
      ].join('\n'),
    );
    addMigration(dir, '20260103000000_after', 'CREATE TABLE "After" ("id" INTEGER PRIMARY KEY);');

    await assert.rejects(migrate(db.url, { migrationsDir: dir }), (err: Error) => {
      assert.ok(err instanceof MigrationError, 'a MigrationError');
      assert.match(err.message, /20260102000000_broken/, 'names the migration');
      assert.match(err.message, /relation "DoesNotExist" does not exist/, 'includes the SQL error');
      assert.match(err.message, /line 4/, 'points at the line');
      assert.match(err.message, /rolled back/);
      return true;
    });

    // The good migration stays applied; nothing of the broken one (or later ones) is left.
    assert.deepEqual(await tableNames(db.url), ['Good', '_prisma_migrations']);
    const goodColumns = await query<{ column_name: string }>(db.url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'Good' ORDER BY ordinal_position`);
    assert.deepEqual(
      goodColumns.map((c) => c.column_name),
      ['id'],
      'the ALTER TABLE was rolled back',
    );
    assert.deepEqual(await query(db.url, 'SELECT * FROM "Good"'), [], 'the INSERT was rolled back');
    const recorded = await query<{ migration_name: string }>(db.url, 'SELECT migration_name FROM "_prisma_migrations"');
    assert.deepEqual(
      recorded.map((r) => r.migration_name),
      ['20260101000000_good'],
    );

    // Fixing the migration lets the next run continue where it stopped.
    addMigration(dir, '20260102000000_broken', 'CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY);');
    const retry = await migrate(db.url, { migrationsDir: dir });
    assert.deepEqual(retry.applied, ['20260102000000_broken', '20260103000000_after']);
    assert.deepEqual(await tableNames(db.url), ['After', 'Good', 'HalfDone', '_prisma_migrations']);
  });

  test('refuses to run when an applied migration was modified', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrationsDir();
    addMigration(dir, '20260101000000_first', 'CREATE TABLE "One" ("id" INTEGER PRIMARY KEY);\n');
    await migrate(db.url, { migrationsDir: dir });

    appendFileSync(path.join(dir, '20260101000000_first', 'migration.sql'), 'CREATE TABLE "Sneaky" ("id" INTEGER);\n');
    addMigration(dir, '20260102000000_second', 'CREATE TABLE "Two" ("id" INTEGER PRIMARY KEY);');
    await assert.rejects(migrate(db.url, { migrationsDir: dir }), (err: Error) => {
      assert.ok(err instanceof MigrationError);
      assert.match(err.message, /20260101000000_first was modified after it was applied/);
      return true;
    });
    assert.deepEqual(await tableNames(db.url), ['One', '_prisma_migrations'], 'nothing else ran');
  });

  test('accepts a checkout with CRLF line endings (like Prisma)', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrationsDir();
    addMigration(dir, '20260101000000_first', 'CREATE TABLE "One" (\n  "id" INTEGER PRIMARY KEY\n);\n');
    await migrate(db.url, { migrationsDir: dir });
    addMigration(dir, '20260101000000_first', 'CREATE TABLE "One" (\r\n  "id" INTEGER PRIMARY KEY\r\n);\r\n');
    assert.deepEqual((await migrate(db.url, { migrationsDir: dir })).applied, []);
  });

  test('refuses to continue after a failed migration recorded by Prisma', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrationsDir();
    addMigration(dir, '20260101000000_first', 'CREATE TABLE "One" ("id" INTEGER PRIMARY KEY);');
    await migrate(db.url, { migrationsDir: dir });
    await query(
      db.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', repeat('0', 64), '20260102000000_second', now(), 0)`,
    );
    addMigration(dir, '20260102000000_second', 'CREATE TABLE "Two" ("id" INTEGER PRIMARY KEY);');
    await assert.rejects(migrate(db.url, { migrationsDir: dir }), /20260102000000_second failed in an earlier run/);
  });

  test('reports a missing migrations directory and unreachable databases', async () => {
    const db = await emptyDatabase();
    await assert.rejects(migrate(db.url, { migrationsDir: path.join(tmpdir(), 'no-such-migrations-dir') }), /Migrations directory not found/);
    const unreachable = new URL(db.url);
    unreachable.pathname = '/no_such_database_for_newsroom_tests';
    await assert.rejects(migrate(unreachable.toString()), (err: Error) => {
      assert.ok(err instanceof MigrationError);
      assert.match(err.message, /Cannot connect to .*no_such_database_for_newsroom_tests/);
      assert.doesNotMatch(err.message, /:[^@/]*@/, 'no password in the message');
      return true;
    });
  });

  test('a copy of the repository migrations migrates the same way (migrationsDir option)', async () => {
    const db = await emptyDatabase();
    const dir = tempMigrationsDir();
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const result = await migrate(db.url, { migrationsDir: dir });
    assert.deepEqual(
      result.applied,
      migrations.map((m) => m.name),
    );
  });
});
