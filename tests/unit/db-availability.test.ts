import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { isDatabaseUnavailableError } from '../../lib/db/availability.ts';

test('connection failures count as "database unavailable"', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 });
  assert.ok(isDatabaseUnavailableError(refused));
  // Prisma's error for an unreachable server, with the adapter's error inside.
  assert.ok(isDatabaseUnavailableError({ name: 'PrismaClientKnownRequestError', code: 'P1001', message: "Can't reach database server" }));
  assert.ok(isDatabaseUnavailableError({ code: 'P2010', meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } } }));
  // PostgreSQL shutting down: the server ends idle pooled connections with 57P01.
  assert.ok(isDatabaseUnavailableError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' })));
  assert.ok(isDatabaseUnavailableError(new Error('Connection terminated unexpectedly')));
  assert.ok(isDatabaseUnavailableError(new Error('wrapped', { cause: new Error('Connection terminated due to connection timeout') })));
});

test('query errors and a busy pool do not', () => {
  assert.ok(!isDatabaseUnavailableError({ code: 'P2002', message: 'Unique constraint failed' }));
  assert.ok(!isDatabaseUnavailableError(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' })));
  // Waiting for a free pooled connection is load, not an outage.
  assert.ok(!isDatabaseUnavailableError(new Error('timeout exceeded when trying to connect')));
  assert.ok(!isDatabaseUnavailableError(new Error('boom')));
  assert.ok(!isDatabaseUnavailableError(undefined));
});

/** A TCP server that accepts connections and never says a word (a hung or firewalled database). */
function silentServer(): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => sockets.add(s));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () => {
          for (const s of sockets) s.destroy();
          server.close();
        },
      }),
    ),
  );
}

test('a query fails fast when the database does not answer or refuses connections', async () => {
  process.env.DATABASE_CONNECT_TIMEOUT_MS = '500';
  const { createPrismaClient } = await import('../../lib/db/client.ts');
  const silent = await silentServer();
  const closed = await silentServer();
  closed.close(); // nothing listens on this port any more
  try {
    for (const [what, port, limit] of [
      ['silent server', silent.port, 2500],
      ['closed port', closed.port, 1500],
    ] as const) {
      const prisma = createPrismaClient(`postgresql://u:p@127.0.0.1:${port}/db`);
      const started = Date.now();
      const error = await prisma.$queryRaw`SELECT 1`.then(
        () => undefined,
        (e: unknown) => e,
      );
      const ms = Date.now() - started;
      await prisma.$disconnect().catch(() => {});
      assert.ok(error, `${what}: the query should fail`);
      assert.ok(isDatabaseUnavailableError(error), `${what}: ${String(error)}`);
      assert.ok(ms < limit, `${what}: failed after ${ms} ms`);
    }
  } finally {
    silent.close();
    delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
  }
});
