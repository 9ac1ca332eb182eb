/**
 * "Give me a database that is ready to use": the start-up sequence shared by
 * `npm start`, `npm run db:migrate`, and the test runner.
 *
 *   1. a server: DATABASE_URL if given, else the embedded PostgreSQL (.data/postgres)
 *   2. migrations (tools/db/migrate.ts)
 *   3. sample content if the database is empty (tools/seed, seedIfEmpty)
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
  /** Seed an empty database (default true). */
  seed?: boolean;
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
  /** Stops the embedded server if this call started it; no-op otherwise. */
  stop(): Promise<void>;
}

/** Adds the demo content (and demo staff) to an empty database; true when it did. */
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
    if (options.seed === false || process.env.SEED_DEMO === '0') {
      log('Seed: skipped');
    } else {
      seeded = await seedDatabase(connectionString);
      log(seeded ? 'Seed: demo content and demo staff added' : 'Seed: database already has content');
    }
    return { connectionString, embedded, migrations, seeded, stop };
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
  const known = e && ['MigrationError', 'EmbeddedPostgresError', 'StartupError'].includes(e.name);
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
