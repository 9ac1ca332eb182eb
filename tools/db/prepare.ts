/**
 * "Give me a database that is ready to use": the start-up sequence shared by
 * `npm start`, `npm run db:migrate`, and the test runner.
 *
 *   1. a server: DATABASE_URL if given, else the embedded PostgreSQL (.data/postgres)
 *   2. migrations (tools/db/migrate.ts)
 *   3. the demo content and demo staff if the database is empty and the demo
 *      is wanted (demoSeedPolicy: the embedded database, or SEED_DEMO=1)
 */
import { createPrismaClient } from '../../lib/db/client.ts';
import { describeEmbedded, describeUrl, startEmbeddedDatabase, type EmbeddedDatabase, type EmbeddedMode } from './embedded/index.ts';
import { describeMigrateResult, migrate, type MigrateResult } from './migrate.ts';
import { seedIfEmpty } from '../seed/index.ts';

export interface PrepareOptions {
  /** Use this database; default process.env.DATABASE_URL; when neither is set the embedded server is started. */
  databaseUrl?: string;
  /** Embedded server flavour when one is started (default 'dev'). */
  mode?: EmbeddedMode;
  /** Run migrations (default true). */
  migrate?: boolean;
  /** Consider seeding at all (default true); false: never seed (migrate, admin:create). */
  seed?: boolean;
  /**
   * Add the demo content and demo staff (public passwords) to an empty
   * database. Default: demoSeedPolicy(), i.e. only for the embedded database
   * or with SEED_DEMO=1. Test runners pass true.
   */
  demo?: boolean;
  /** Forwarded to the embedded server: stop it on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** One line per step. Default: console.log. */
  log?: (message: string) => void;
}

export interface PreparedDatabase {
  connectionString: string;
  /** Set when the embedded server was used. */
  embedded?: EmbeddedDatabase;
  migrations?: MigrateResult;
  /** True if sample content was added; undefined when seeding was skipped. */
  seeded?: boolean;
  /**
   * Environment of the app processes using this database: DATABASE_URL, and
   * NEWSROOM_DATABASE=embedded for the embedded one (a local database: no
   * production warning about demo accounts, lib/auth/demo-accounts.ts).
   */
  env: Record<string, string>;
  /** Stops the embedded server if this call started it; no-op otherwise. */
  stop(): Promise<void>;
}

/** A configuration mistake, reported as its message alone. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Whether start-up adds the demo content and demo staff (whose passwords are
 * public) to an empty database: SEED_DEMO=1 yes, SEED_DEMO=0 no, unset only
 * for the embedded database (no DATABASE_URL), never for a database the
 * operator pointed us at.
 */
export function demoSeedPolicy(embedded: boolean, env: Record<string, string | undefined> = process.env): { seed: boolean; reason: string } {
  const value = env.SEED_DEMO?.trim() ?? '';
  if (value === '1') return { seed: true, reason: 'SEED_DEMO=1' };
  if (value === '0') return { seed: false, reason: 'SEED_DEMO=0' };
  if (value !== '') throw new ConfigError(`SEED_DEMO must be 1 or 0 (or unset), not "${env.SEED_DEMO}"`);
  return embedded
    ? { seed: true, reason: 'embedded database' }
    : { seed: false, reason: 'DATABASE_URL is set; SEED_DEMO=1 would add the demo content and demo staff to an empty database' };
}

/** Adds the demo content (and the demo staff that are missing) to an empty database; true when it did. */
export async function seedDatabase(connectionString: string): Promise<boolean> {
  const prisma = createPrismaClient(connectionString);
  try {
    return await seedIfEmpty(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

export async function prepareDatabase(options: PrepareOptions = {}): Promise<PreparedDatabase> {
  const log = options.log ?? ((message: string) => console.log(message));
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;

  let embedded: EmbeddedDatabase | undefined;
  let connectionString: string;
  if (databaseUrl) {
    connectionString = databaseUrl;
    log(`Database: ${describeUrl(databaseUrl)} (DATABASE_URL)`);
  } else {
    embedded = await startEmbeddedDatabase({ mode: options.mode ?? 'dev', log, handleSignals: options.handleSignals });
    connectionString = embedded.connectionString;
    log(describeEmbedded(embedded));
  }
  const stop = async () => {
    await embedded?.stop();
  };

  try {
    let migrations: MigrateResult | undefined;
    if (options.migrate !== false) {
      migrations = await migrate(connectionString, { log: (m) => log(`  ${m}`) });
      log(describeMigrateResult(migrations));
    }
    let seeded: boolean | undefined;
    const policy = options.seed === false ? undefined : options.demo !== undefined ? { seed: options.demo, reason: 'asked by the caller' } : demoSeedPolicy(Boolean(embedded));
    if (!policy) {
      // migrate / admin:create: no seeding wanted, nothing to say
    } else if (!policy.seed) {
      log(`Seed: no demo content (${policy.reason})`);
    } else {
      seeded = await seedDatabase(connectionString);
      log(seeded ? `Seed: demo content added (${policy.reason})` : 'Seed: database already has content');
    }
    const env: Record<string, string> = { DATABASE_URL: connectionString, ...(embedded ? { NEWSROOM_DATABASE: 'embedded' } : {}) };
    return { connectionString, embedded, migrations, seeded, env, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Prints an error the way start-up scripts should: our own well-described
 * errors as their message only, anything unexpected with its stack.
 */
export function reportFatal(err: unknown, prefix = 'Error'): void {
  const e = err as Error | undefined;
  const known = e && ['MigrationError', 'EmbeddedPostgresError', 'StartupError', 'ConfigError'].includes(e.name);
  console.error(`${prefix}: ${known ? e.message : (e?.stack ?? String(err))}`);
}

/** Runs a script's main(): exits with its code, or reports the error and exits 1. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err) => {
      reportFatal(err);
      process.exit(1);
    },
  );
}
