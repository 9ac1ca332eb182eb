/**
 * A small migration runner for the hand-written SQL in prisma/migrations
 * (see docs/decisions/001-migrations.md).
 *
 * It keeps Prisma's own bookkeeping: every applied migration is a row in
 * `_prisma_migrations` with the same table layout and checksum (sha256 hex of
 * migration.sql) that `prisma migrate deploy` writes, so Prisma's CLI can take
 * over a database migrated by this runner and vice versa.
 *
 * - Migrations run in directory-name order, each in its own transaction: a
 *   failing migration is rolled back completely and nothing is recorded.
 * - Already applied migrations are skipped; one whose file changed after it was
 *   applied stops everything (migrations are immutable once applied).
 * - A session-level advisory lock (the same key Prisma Migrate uses) makes
 *   concurrent runs (several instances starting at once) wait for each other.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** prisma/migrations of this repository. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url));

/** The advisory lock key Prisma Migrate takes on PostgreSQL, so the two never run at once. */
const ADVISORY_LOCK_KEY = 72707369;

/** Prisma's DDL for its bookkeeping table (schema-engine, PostgreSQL flavour). */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  /** Progress messages (one line each). Default: silent. */
  log?: (message: string) => void;
  /** Directory holding <timestamp>_<name>/migration.sql folders. Default: prisma/migrations. */
  migrationsDir?: string;
}

export interface MigrateResult {
  /** Names of the migrations applied by this call, in order. */
  applied: string[];
  /** Number of migration folders found. */
  total: number;
}

export interface MigrationFile {
  name: string;
  file: string;
  sql: string;
  bytes: Buffer;
  checksum: string;
}

/** A failure the operator has to act on; its message is complete without a stack trace. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function checksumOf(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Prisma accepts a checksum computed with either line ending style (git autocrlf); so do we. */
function checksumMatches(content: Buffer, recorded: string): boolean {
  if (checksumOf(content) === recorded) return true;
  const text = content.toString('utf8');
  const lf = text.replace(/\r\n/g, '\n');
  return checksumOf(lf) === recorded || checksumOf(lf.replace(/\n/g, '\r\n')) === recorded;
}

/** The migration folders of `dir`, sorted by name (their timestamp prefix). */
export function listMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new MigrationError(`Migrations directory not found: ${dir}`);
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const file = path.join(dir, name, 'migration.sql');
    if (!existsSync(file)) throw new MigrationError(`Migration ${name} has no migration.sql (${file})`);
    const bytes = readFileSync(file);
    return { name, file, sql: bytes.toString('utf8'), bytes, checksum: checksumOf(bytes) };
  });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Connection target without the password, for messages. */
function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'the database';
  }
}

/** "line N" of a PostgreSQL error position (1-based character offset into `sql`). */
function lineOf(sql: string, position: unknown): number | undefined {
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset < 1) return undefined;
  return sql.slice(0, offset - 1).split('\n').length;
}

function describeSqlError(err: unknown, sql: string): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { code?: string; position?: string; detail?: string; hint?: string };
  const parts = [e.message];
  const line = lineOf(sql, e.position);
  if (line !== undefined) parts.push(`(line ${line})`);
  if (e.code) parts.push(`[SQLSTATE ${e.code}]`);
  let text = parts.join(' ');
  if (e.detail) text += `\n  Detail: ${e.detail}`;
  if (e.hint) text += `\n  Hint: ${e.hint}`;
  return text;
}

/**
 * Applies every pending migration in `migrationsDir` to the database at
 * `connectionString`. Throws MigrationError (with a message meant for humans)
 * when a migration fails, was changed after being applied, or a previous
 * Prisma run left a failed migration behind.
 */
export async function migrate(connectionString: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = listMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);

  const client = new pg.Client({ connectionString, application_name: 'newsroom-migrate' });
  // An idle client must not crash the process if the server goes away.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    throw new MigrationError(`Cannot connect to ${describeTarget(connectionString)}: ${(err as Error).message}`, { cause: err });
  }

  try {
    const { rows: lockRows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [ADVISORY_LOCK_KEY]);
    if (!lockRows[0].locked) {
      log('Waiting for another process to finish migrating this database…');
      await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    }

    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at');

    const applied = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at !== null) continue;
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} failed in an earlier run that did not roll back (recorded in _prisma_migrations, ` +
            `probably by \`prisma migrate deploy\`). Check the database by hand, then mark it rolled back:\n` +
            `  UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}' AND finished_at IS NULL;`,
        );
      }
      applied.set(row.migration_name, row);
    }

    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row && !checksumMatches(migration.bytes, row.checksum)) {
        throw new MigrationError(
          `Migration ${migration.name} was modified after it was applied (checksum in database ${row.checksum.slice(0, 12)}…, ` +
            `file ${migration.checksum.slice(0, 12)}…). Applied migrations must not change: restore ${path.relative(process.cwd(), migration.file)} ` +
            `and put the change in a new migration.`,
        );
      }
    }

    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      log(`Warning: the database has migrations this code does not know: ${unknown.join(', ')} (is this an older version of the code?)`);
    }

    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      const startedAt = new Date();
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${describeSqlError(err, migration.sql)}`, { cause: err });
      }
      done.push(migration.name);
      log(`Applied migration ${migration.name} (${Date.now() - startedAt.getTime()} ms)`);
    }
    return { applied: done, total: migrations.length };
  } catch (err) {
    if (err instanceof MigrationError) throw err;
    throw new MigrationError(`Migrating ${describeTarget(connectionString)} failed: ${(err as Error).message}`, { cause: err });
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end().catch(() => {});
  }
}

/** "Migrations: 1 applied" / "Migrations: up to date (1)". */
export function describeMigrateResult(result: MigrateResult): string {
  return result.applied.length > 0 ? `Migrations: ${result.applied.length} applied (${result.total} total)` : `Migrations: up to date (${result.total} total)`;
}
