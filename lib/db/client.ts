import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { reportDatabaseError } from './availability';

/** How long opening a connection may take before the query fails. */
const CONNECT_TIMEOUT_MS = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS) || 3000;

/**
 * A pg client whose connection attempt gives up after CONNECT_TIMEOUT_MS.
 * Set on the client, not the pool: the pool's connectionTimeoutMillis would
 * also limit the wait for a free connection, and failing busy requests under
 * load is not what we want.
 */
class TimedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/**
 * Creates a Prisma client for one connection string (tests create their own).
 * With the database down or unreachable, a query fails at once (connection
 * refused) or after DATABASE_CONNECT_TIMEOUT_MS (default 3 s) instead of
 * waiting as long as the operating system does; `onConnectionError` hears of
 * connections that fail or are dropped.
 */
export function createPrismaClient(connectionString: string, onConnectionError?: (error: Error) => void): PrismaClient {
  const pool: pg.PoolConfig = { connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), Client: TimedClient };
  return new PrismaClient({ adapter: new PrismaPg(pool, { onPoolError: onConnectionError, onConnectionError }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's shared client, created on first use from DATABASE_URL. Connection failures mark the database down (./availability.ts). */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the site with `npm start`, which provides a database.');
    globalForPrisma.prisma = createPrismaClient(url, reportDatabaseError);
  }
  return globalForPrisma.prisma;
}

/** Closes the shared client's pool, if one was opened (graceful shutdown). */
export async function closeDatabase(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
}
