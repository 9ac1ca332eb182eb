import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

// Session lifetimes are configurable (SESSION_MAX_AGE_MINUTES,
// SESSION_IDLE_TIMEOUT_MINUTES) with ASVS L2 defaults (12 h absolute,
// 30 min idle), and a shorter configured lifetime also ends sessions that
// were created under a longer one.

import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createUser } from '../../lib/auth/users.ts';
import { createSession, hashSessionToken, lookupSession, pruneSessions, sessionLifetimes } from '../../lib/auth/sessions.ts';

process.env.TEST_DATABASE_ADMIN_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';

const MIN = 60 * 1000;
let tdb: TestDatabase;
let userId: string;

before(async () => {
  tdb = await createTestDatabase({ prefix: 'test_session_life' });
  userId = (await createUser(tdb.prisma, { email: 'life@example.test', name: 'Life', password: 'a long enough password', role: 'EDITOR' })).id;
});
after(async () => {
  await tdb?.drop();
});

test('defaults: 12 hours absolute, 30 minutes idle, lastSeenAt written every 5 minutes at most', () => {
  assert.deepEqual(sessionLifetimes({}), { maxAgeMs: 720 * MIN, idleMs: 30 * MIN, touchMs: 5 * MIN });
  assert.deepEqual(sessionLifetimes({ SESSION_MAX_AGE_MINUTES: ' ', SESSION_IDLE_TIMEOUT_MINUTES: '' }), sessionLifetimes({}));
});

test('configured in minutes; the touch interval shrinks with a short idle timeout', () => {
  assert.deepEqual(sessionLifetimes({ SESSION_MAX_AGE_MINUTES: '60', SESSION_IDLE_TIMEOUT_MINUTES: '12' }), { maxAgeMs: 60 * MIN, idleMs: 12 * MIN, touchMs: 2 * MIN });
  assert.equal(sessionLifetimes({ SESSION_MAX_AGE_MINUTES: '10080', SESSION_IDLE_TIMEOUT_MINUTES: '720' }).touchMs, 5 * MIN);
});

test('bad values are refused with the variable named', () => {
  const refused = (env: Record<string, string>, pattern: RegExp) =>
    assert.throws(
      () => sessionLifetimes(env),
      (e: Error) => pattern.test(e.message),
      JSON.stringify(env),
    );
  refused({ SESSION_MAX_AGE_MINUTES: 'twelve hours' }, /SESSION_MAX_AGE_MINUTES must be a number of minutes/);
  refused({ SESSION_MAX_AGE_MINUTES: '0' }, /SESSION_MAX_AGE_MINUTES must be at least 1 minute/);
  refused({ SESSION_IDLE_TIMEOUT_MINUTES: '1.5' }, /SESSION_IDLE_TIMEOUT_MINUTES must be a whole number of minutes/);
  refused({ SESSION_MAX_AGE_MINUTES: '99999999' }, /SESSION_MAX_AGE_MINUTES must be at most 43200 minutes/);
  refused({ SESSION_MAX_AGE_MINUTES: '20', SESSION_IDLE_TIMEOUT_MINUTES: '30' }, /SESSION_IDLE_TIMEOUT_MINUTES must not be longer than SESSION_MAX_AGE_MINUTES/);
});

test('idle timeout: a session unused for the configured time ends; use keeps it alive', async () => {
  const life = sessionLifetimes({ SESSION_MAX_AGE_MINUTES: '60', SESSION_IDLE_TIMEOUT_MINUTES: '12' });
  const t0 = new Date();
  const { token } = await createSession(tdb.prisma, userId, t0, life);
  const at = (m: number) => new Date(t0.getTime() + m * MIN);
  assert.ok(await lookupSession(tdb.prisma, token, at(11), life), 'alive 11 minutes after sign-in');
  assert.ok(await lookupSession(tdb.prisma, token, at(22), life), 'alive: last used 11 minutes ago');
  assert.equal(await lookupSession(tdb.prisma, token, at(34), life), null, 'unused for 12 minutes');
  assert.equal(await tdb.prisma.session.count({ where: { id: hashSessionToken(token) } }), 0, 'the dead session is deleted');
});

test('absolute lifetime: the configured time after sign-in ends it however active it is', async () => {
  const life = sessionLifetimes({ SESSION_MAX_AGE_MINUTES: '60', SESSION_IDLE_TIMEOUT_MINUTES: '12' });
  const t0 = new Date();
  const { token, expiresAt } = await createSession(tdb.prisma, userId, t0, life);
  assert.equal(expiresAt.getTime(), t0.getTime() + 60 * MIN, 'the cookie expires with the session');
  for (let m = 5; m < 60; m += 5) assert.ok(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + m * MIN), life), `alive after ${m} min`);
  assert.equal(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + 60 * MIN), life), null);
});

test('shortening the lifetime ends sessions created under the longer one', async () => {
  const t0 = new Date();
  const { token } = await createSession(tdb.prisma, userId, t0, sessionLifetimes({ SESSION_MAX_AGE_MINUTES: '720' }));
  const shorter = sessionLifetimes({ SESSION_MAX_AGE_MINUTES: '60', SESSION_IDLE_TIMEOUT_MINUTES: '30' });
  assert.ok(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + 20 * MIN), shorter));
  assert.ok(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + 40 * MIN), shorter));
  assert.equal(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + 60 * MIN), shorter), null, 'over the new absolute lifetime');

  const old = await createSession(tdb.prisma, userId, new Date(Date.now() - 61 * MIN), sessionLifetimes({}));
  await tdb.prisma.session.update({ where: { id: hashSessionToken(old.token) }, data: { lastSeenAt: new Date(Date.now() - MIN) } });
  const live = await createSession(tdb.prisma, userId, new Date(), shorter);
  await pruneSessions(tdb.prisma, new Date(), shorter);
  const ids = (await tdb.prisma.session.findMany({ where: { userId }, select: { id: true } })).map((s) => s.id);
  assert.deepEqual(ids, [hashSessionToken(live.token)], 'prune removes the session over the new lifetime');
});
