/**
 * Throw-away databases for integration tests.
 *
 *   const db = await createTestDatabase();      // fresh, migrated database
 *   try { await db.prisma.section.findMany() } finally { await db.drop() }
 *
 * Every call creates a new, uniquely named database on the test server given
 * by TEST_DATABASE_ADMIN_URL (a connection string to that server's `postgres`
 * database; `npm test` sets it). Tests must not depend on data left by others:
 * each test file (or test) makes its own database and drops it afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db/client.ts';
import { migrate } from '../../tools/db/migrate.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';

export interface TestDatabase {
  /** Database name, e.g. test_1732540000000_4821_a1b2c3. */
  name: string;
  /** Connection string for it. */
  url: string;
  /** A Prisma client on it (created on first use). */
  readonly prisma: PrismaClient;
  /** Disconnects the client and drops the database. Safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Apply prisma/migrations (default true). Pass false for an empty database. */
  migrate?: boolean;
  /** Prefix of the database name (default "test"). */
  prefix?: string;
}

/** TEST_DATABASE_ADMIN_URL, or a clear error telling how to get one. */
export function testAdminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_ADMIN_URL is not set. Run the integration tests with `npm test` (it provides a database server), ' +
        'or point it at a server you may create databases on, e.g. TEST_DATABASE_ADMIN_URL=postgresql://postgres@127.0.0.1:5432/postgres',
    );
  }
  return url;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testAdminUrl() });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const prefix = (options.prefix ?? 'test').toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const name = `${prefix}_${Date.now()}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));

  const url = new URL(testAdminUrl());
  url.pathname = `/${name}`;
  const connectionString = url.toString();

  let prisma: PrismaClient | undefined;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await prisma?.$disconnect().catch(() => {});
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
  };

  if (options.migrate !== false) {
    try {
      await migrate(connectionString);
    } catch (err) {
      await drop();
      throw err;
    }
  }

  return {
    name,
    url: connectionString,
    get prisma() {
      prisma ??= createPrismaClient(connectionString);
      return prisma;
    },
    drop,
  };
}

/** A plain pg client on `url` (remember to end() it). */
export async function connectPg(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return client;
}
