/**
 * Accounts, sessions and sign-in rate limiting (lib/auth) against a real,
 * throw-away database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashPassword, passwordGateLoad, verifyPassword, withPasswordSlot } from '../../lib/auth/password.ts';
import { limitKeys, MAX_FAILURES_PER_ACCOUNT_ADDRESS, MAX_FAILURES_PER_ADDRESS, RATE_LIMIT_WINDOW_MS, rateLimitMessage, reserveAttempt } from '../../lib/auth/rate-limit.ts';
import { createSession, deleteSession, hashSessionToken, lookupSession, pruneSessions, SESSION_IDLE_MS, SESSION_MAX_AGE_MS, sessionLifetimes } from '../../lib/auth/sessions.ts';
import { ACCOUNT_DISABLED, INVALID_CREDENTIALS, SIGN_IN_BUSY, signIn } from '../../lib/auth/sign-in.ts';
import { changePassword, changeRole, createUser, setUserDisabled, upsertUser, UserError } from '../../lib/auth/users.ts';
import { DEMO_STAFF, seedDemoStaff } from '../../tools/seed/demo-staff.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let tdb: TestDatabase;
const minutes = (n: number) => n * 60 * 1000;

before(async () => {
  tdb = await createTestDatabase({ prefix: 'test_auth' });
});

after(async () => {
  await tdb?.drop();
});

let counter = 0;
async function makeUser(overrides: { role?: 'ADMIN' | 'EDITOR' | 'AUTHOR'; password?: string } = {}) {
  counter += 1;
  const password = overrides.password ?? 'correct horse battery';
  const user = await createUser(tdb.prisma, {
    email: `Person${counter}.${Date.now()}@Example.test`,
    name: `Person ${counter}`,
    password,
    role: overrides.role ?? 'AUTHOR',
  });
  return { user, password };
}

describe('passwords', () => {
  test('argon2id hash verifies the right password only', async () => {
    const hash = await hashPassword('s3cret-password');
    assert.match(hash, /^\$argon2id\$/);
    assert.equal(await verifyPassword(hash, 's3cret-password'), true);
    assert.equal(await verifyPassword(hash, 's3cret-passworD'), false);
    assert.equal(await verifyPassword('not a hash', 'x'), false, 'a malformed hash is a failed check, not a crash');
  });

  test('users are stored with a lower-cased email and a hash, never the password', async () => {
    const { user, password } = await makeUser();
    assert.equal(user.email, user.email.toLowerCase());
    const row = await tdb.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    assert.notEqual(row.passwordHash, password);
    assert.equal(await verifyPassword(row.passwordHash, password), true);
    await assert.rejects(
      createUser(tdb.prisma, { email: user.email.toUpperCase(), name: 'Dup', password: 'another-password', role: 'AUTHOR' }),
      (err) => err instanceof UserError && err.field === 'email',
    );
  });
});

describe('sessions', () => {
  test('create, look up, sign out', async () => {
    const { user } = await makeUser({ role: 'EDITOR' });
    const now = new Date();
    const { token, expiresAt } = await createSession(tdb.prisma, user.id, now);
    assert.equal(expiresAt.getTime(), now.getTime() + SESSION_MAX_AGE_MS);

    const stored = await tdb.prisma.session.findMany({ where: { userId: user.id } });
    assert.equal(stored.length, 1);
    assert.equal(stored[0].id, hashSessionToken(token), 'only the sha256 of the token is stored');
    assert.notEqual(stored[0].id, token);

    const session = await lookupSession(tdb.prisma, token, now);
    assert.ok(session);
    assert.deepEqual(session.user, { id: user.id, email: user.email, name: user.name, role: 'EDITOR' });

    assert.equal(await lookupSession(tdb.prisma, 'x'.repeat(43), now), null, 'unknown token');
    assert.equal(await lookupSession(tdb.prisma, undefined, now), null);

    await deleteSession(tdb.prisma, token);
    assert.equal(await lookupSession(tdb.prisma, token, now), null, 'signed out');
    assert.equal(await tdb.prisma.session.count({ where: { userId: user.id } }), 0);
  });

  test('idle sessions expire after 30 minutes (default); use keeps them alive', async () => {
    const { user } = await makeUser();
    const t0 = new Date();
    const { token } = await createSession(tdb.prisma, user.id, t0);

    const t1 = new Date(t0.getTime() + SESSION_IDLE_MS - minutes(1));
    assert.ok(await lookupSession(tdb.prisma, token, t1), 'still alive just before the idle timeout');
    const row = await tdb.prisma.session.findUniqueOrThrow({ where: { id: hashSessionToken(token) } });
    assert.equal(row.lastSeenAt.getTime(), t1.getTime(), 'lastSeenAt refreshed');

    const t2 = new Date(t1.getTime() + SESSION_IDLE_MS - minutes(1));
    assert.ok(await lookupSession(tdb.prisma, token, t2), 'alive: it was used within the idle window');

    const t3 = new Date(t2.getTime() + SESSION_IDLE_MS);
    assert.equal(await lookupSession(tdb.prisma, token, t3), null, 'idle too long');
    assert.equal(await tdb.prisma.session.count({ where: { userId: user.id } }), 0, 'dead session deleted');
  });

  test('lastSeenAt is written at most every few minutes', async () => {
    const { user } = await makeUser();
    const t0 = new Date();
    const { token } = await createSession(tdb.prisma, user.id, t0);
    await lookupSession(tdb.prisma, token, new Date(t0.getTime() + sessionLifetimes().touchMs - 1000));
    const row = await tdb.prisma.session.findUniqueOrThrow({ where: { id: hashSessionToken(token) } });
    assert.equal(row.lastSeenAt.getTime(), t0.getTime());
  });

  test('sessions expire 12 hours (default) after sign-in however much they are used', async () => {
    const { user } = await makeUser();
    const t0 = new Date();
    const { token } = await createSession(tdb.prisma, user.id, t0);
    for (let m = 20; m < 12 * 60; m += 20) {
      assert.ok(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + minutes(m))), `alive after ${m} min`);
    }
    assert.equal(await lookupSession(tdb.prisma, token, new Date(t0.getTime() + SESSION_MAX_AGE_MS)), null);
  });

  test('pruneSessions removes only sessions that can no longer be used', async () => {
    const { user } = await makeUser();
    const now = new Date();
    const live = await createSession(tdb.prisma, user.id, now);
    const idle = await createSession(tdb.prisma, user.id, new Date(now.getTime() - SESSION_IDLE_MS - 1000));
    const old = await createSession(tdb.prisma, user.id, new Date(now.getTime() - SESSION_MAX_AGE_MS - 1000));
    await pruneSessions(tdb.prisma, now);
    const ids = (await tdb.prisma.session.findMany({ where: { userId: user.id }, select: { id: true } })).map((s) => s.id);
    assert.deepEqual(ids, [hashSessionToken(live.token)]);
    assert.ok(!ids.includes(hashSessionToken(idle.token)) && !ids.includes(hashSessionToken(old.token)));
  });

  test('disabling a user ends their sessions', async () => {
    const { user } = await makeUser();
    const { token } = await createSession(tdb.prisma, user.id);
    await setUserDisabled(tdb.prisma, user.id, true);
    assert.equal(await lookupSession(tdb.prisma, token), null);
    assert.equal(await tdb.prisma.session.count({ where: { userId: user.id } }), 0);
  });
});

describe('signIn()', () => {
  test('right password: a session; wrong password or unknown email: the same error', async () => {
    const { user, password } = await makeUser();
    const ok = await signIn(tdb.prisma, { email: `  ${user.email.toUpperCase()} `, password, address: '10.0.0.1' });
    assert.equal(ok.ok, true);
    if (!ok.ok) return;
    assert.equal(ok.user.id, user.id);
    assert.equal((await lookupSession(tdb.prisma, ok.token))?.user.id, user.id);

    const wrong = await signIn(tdb.prisma, { email: user.email, password: 'wrong password!', address: '10.0.0.1' });
    assert.deepEqual(wrong, { ok: false, status: 401, error: INVALID_CREDENTIALS });
    const unknown = await signIn(tdb.prisma, { email: 'nobody@example.test', password: 'whatever-123', address: '10.0.0.1' });
    assert.deepEqual(unknown, { ok: false, status: 401, error: INVALID_CREDENTIALS });
  });

  test('disabled users cannot sign in', async () => {
    const { user, password } = await makeUser();
    await setUserDisabled(tdb.prisma, user.id, true);
    const result = await signIn(tdb.prisma, { email: user.email, password, address: '10.0.0.2' });
    assert.deepEqual(result, { ok: false, status: 403, error: ACCOUNT_DISABLED });
    assert.equal(await tdb.prisma.session.count({ where: { userId: user.id } }), 0);

    await setUserDisabled(tdb.prisma, user.id, false);
    assert.equal((await signIn(tdb.prisma, { email: user.email, password, address: '10.0.0.2' })).ok, true, 're-enabled');
  });

  test(`rate limit per account and address: ${MAX_FAILURES_PER_ACCOUNT_ADDRESS} failures in 15 minutes lock that pair, even with the right password`, async () => {
    const { user, password } = await makeUser();
    const stranger = '198.51.100.66';
    const t0 = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) {
      const r = await signIn(tdb.prisma, { email: user.email, password: 'nope nope nope', address: stranger }, new Date(t0.getTime() + i * 1000));
      assert.equal(r.ok === false && r.status, 401, `attempt ${i + 1} is a plain failure`);
    }
    const now = new Date(t0.getTime() + minutes(1));
    const limited = await signIn(tdb.prisma, { email: user.email, password, address: stranger }, now);
    assert.equal(limited.ok, false);
    if (limited.ok) return;
    assert.equal(limited.status, 429);
    assert.equal(limited.retryAfterSeconds, 14 * 60);
    assert.equal(limited.error, 'Too many sign-in attempts. Try again in 14 minutes.');
    assert.equal(await tdb.prisma.session.count({ where: { userId: user.id } }), 0);

    // Another account from the same address is not affected.
    const other = await makeUser();
    assert.equal((await signIn(tdb.prisma, { email: other.user.email, password: other.password, address: stranger }, now)).ok, true);

    // Once the window is over, the pair can try again; a success clears its count.
    const later = new Date(t0.getTime() + RATE_LIMIT_WINDOW_MS + 1000);
    assert.equal((await signIn(tdb.prisma, { email: user.email, password, address: stranger }, later)).ok, true);
    assert.equal(await tdb.prisma.signInLimit.count({ where: { key: limitKeys({ email: user.email, address: stranger }).account } }), 0, 'success clears the pair’s count');
  });

  test('a stranger failing on a known account never locks its owner out (no account-wide lock)', async () => {
    const { user, password } = await makeUser();
    const t0 = new Date();
    // 25 failures from a single stranger, then from 25 different ones.
    for (let i = 0; i < 25; i++) await signIn(tdb.prisma, { email: user.email, password: 'guess-guess', address: '198.51.100.99' }, new Date(t0.getTime() + i));
    for (let i = 0; i < 25; i++) await signIn(tdb.prisma, { email: user.email, password: 'guess-guess', address: `198.51.101.${i}` }, new Date(t0.getTime() + i));
    const stranger = await signIn(tdb.prisma, { email: user.email, password: 'guess-guess', address: '198.51.100.99' }, new Date(t0.getTime() + 100));
    assert.equal(stranger.ok === false && stranger.status, 429, 'the stranger is limited');
    const owner = await signIn(tdb.prisma, { email: user.email, password, address: '203.0.113.200' }, new Date(t0.getTime() + 100));
    assert.equal(owner.ok, true, 'the owner, from their own address, signs in');
    // The owner's occasional typo does not add up with the stranger's failures either.
    const typo = await signIn(tdb.prisma, { email: user.email, password: 'typo typo', address: '203.0.113.200' }, new Date(t0.getTime() + 200));
    assert.equal(typo.ok === false && typo.status, 401);
  });

  test(`rate limit per address: ${MAX_FAILURES_PER_ADDRESS} failures in 15 minutes lock the address, an IPv6 /64 counting as one`, async () => {
    const address = '203.0.113.7';
    const t0 = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      // A different email every time: only the address limit can trip.
      await signIn(tdb.prisma, { email: `spray${i}@example.test`, password: 'guess-guess', address }, new Date(t0.getTime() + i * 1000));
    }
    const { user, password } = await makeUser();
    const now = new Date(t0.getTime() + minutes(5));
    const limited = await signIn(tdb.prisma, { email: user.email, password, address }, now);
    assert.equal(limited.ok === false && limited.status, 429);
    assert.match(limited.ok ? '' : limited.error, /^Too many sign-in attempts\. Try again in 10 minutes\.$/);
    assert.equal((await signIn(tdb.prisma, { email: user.email, password, address: '198.51.100.1' }, now)).ok, true, 'other addresses are fine');

    // IPv6: every address of one /64 shares the limit.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await signIn(tdb.prisma, { email: `v6spray${i}@example.test`, password: 'guess-guess', address: `2001:db8:7:7::${(i + 1).toString(16)}` }, now);
    }
    const v6 = await signIn(tdb.prisma, { email: user.email, password, address: '2001:db8:7:7:ffff::1' }, now);
    assert.equal(v6.ok === false && v6.status, 429);
    assert.equal((await signIn(tdb.prisma, { email: user.email, password, address: '2001:db8:7:8::1' }, now)).ok, true, 'the next /64 is another client');
  });

  test('30 parallel wrong passwords: the attempts are reserved first, so at most 5 passwords are checked', async () => {
    const { user } = await makeUser();
    const results = await Promise.all(Array.from({ length: 30 }, () => signIn(tdb.prisma, { email: user.email, password: 'parallel guess', address: '198.51.100.30' })));
    const statuses = results.map((r) => (r.ok ? 200 : r.status));
    // 401 is only answered after a password check; 429 before any.
    assert.equal(statuses.filter((s) => s === 401).length, MAX_FAILURES_PER_ACCOUNT_ADDRESS, statuses.join(' '));
    assert.equal(statuses.filter((s) => s === 429).length, 30 - MAX_FAILURES_PER_ACCOUNT_ADDRESS);
    const row = await tdb.prisma.signInLimit.findUnique({ where: { key: limitKeys({ email: user.email, address: '198.51.100.30' }).account } });
    assert.equal(row?.count, MAX_FAILURES_PER_ACCOUNT_ADDRESS, 'refused attempts are not counted on top');

    // The same across accounts for one address: at most 20 checks.
    const spray = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(tdb.prisma, { email: `burst${i}@example.test`, password: 'parallel guess', address: '198.51.100.31' })),
    );
    assert.equal(spray.filter((r) => !r.ok && r.status === 401).length, MAX_FAILURES_PER_ADDRESS);
  });

  test('argon2 work is bounded: a few at once per process, and a full queue answers 503 without using up an attempt', async () => {
    const saved = { c: process.env.ARGON2_CONCURRENCY, q: process.env.ARGON2_QUEUE };
    process.env.ARGON2_CONCURRENCY = '2';
    process.env.ARGON2_QUEUE = '3';
    try {
      let peak = 0;
      const sample = setInterval(() => (peak = Math.max(peak, passwordGateLoad().running)), 1);
      const { user } = await makeUser();
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(tdb.prisma, { email: user.email, password: 'wrong', address: `198.51.102.${i}` })));
      clearInterval(sample);
      const statuses = results.map((r) => (r.ok ? 200 : r.status)).sort();
      assert.ok(peak <= 2, `at most 2 argon2 operations ran at once (saw ${peak})`);
      assert.ok(statuses.includes(503), `some were refused as busy: ${statuses.join(' ')}`);
      assert.ok(statuses.filter((s) => s === 401).length >= 2);
      const busy = results.find((r) => !r.ok && r.status === 503);
      assert.deepEqual(busy, { ok: false, status: 503, error: SIGN_IN_BUSY, retryAfterSeconds: 1 });
      // A busy refusal gave its reservation back.
      const i = results.indexOf(busy!);
      const row = await tdb.prisma.signInLimit.findUnique({ where: { key: limitKeys({ email: user.email, address: `198.51.102.${i}` }).account } });
      assert.equal(row?.count, 0);
      assert.deepEqual(passwordGateLoad(), { running: 0, waiting: 0 });
      // The gate keeps order and frees its slots after errors too.
      await assert.rejects(
        withPasswordSlot(() => Promise.reject(new Error('boom'))),
        /boom/,
      );
      assert.deepEqual(passwordGateLoad(), { running: 0, waiting: 0 });
    } finally {
      process.env.ARGON2_CONCURRENCY = saved.c;
      process.env.ARGON2_QUEUE = saved.q;
      if (saved.c === undefined) delete process.env.ARGON2_CONCURRENCY;
      if (saved.q === undefined) delete process.env.ARGON2_QUEUE;
    }
  });

  test('a reservation outside the window starts a new one; the message', async () => {
    const t0 = new Date();
    const input = { email: 'window@example.test', address: '198.51.100.40' };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) assert.equal((await reserveAttempt(tdb.prisma, input, t0)).ok, true);
    assert.deepEqual(await reserveAttempt(tdb.prisma, input, new Date(t0.getTime() + RATE_LIMIT_WINDOW_MS - 1000)), { ok: false, retryAfterSeconds: 1, scope: 'account' });
    assert.equal((await reserveAttempt(tdb.prisma, input, new Date(t0.getTime() + RATE_LIMIT_WINDOW_MS))).ok, true);
    assert.equal(rateLimitMessage(30), 'Too many sign-in attempts. Try again in 1 minute.');
    assert.equal(rateLimitMessage(14 * 60 + 1), 'Too many sign-in attempts. Try again in 15 minutes.');
  });
});

describe('accounts', () => {
  test('changing the password needs the current one, 10+ characters, and ends other sessions', async () => {
    const { user, password } = await makeUser();
    const here = await createSession(tdb.prisma, user.id);
    const elsewhere = await createSession(tdb.prisma, user.id);
    const keepSessionId = hashSessionToken(here.token);

    await assert.rejects(
      changePassword(tdb.prisma, { userId: user.id, currentPassword: 'wrong-current', newPassword: 'brand new password', keepSessionId }),
      (err) => err instanceof UserError && err.field === 'currentPassword',
    );
    await assert.rejects(
      changePassword(tdb.prisma, { userId: user.id, currentPassword: password, newPassword: 'short', keepSessionId }),
      (err) => err instanceof UserError && err.field === 'newPassword' && /at least 10/.test(err.message),
    );
    assert.ok(await lookupSession(tdb.prisma, elsewhere.token), 'failed changes end nothing');

    await changePassword(tdb.prisma, { userId: user.id, currentPassword: password, newPassword: 'brand new password', keepSessionId });
    assert.ok(await lookupSession(tdb.prisma, here.token), 'this session stays');
    assert.equal(await lookupSession(tdb.prisma, elsewhere.token), null, 'other sessions end');
    assert.equal((await signIn(tdb.prisma, { email: user.email, password, address: '10.9.0.1' })).ok, false);
    assert.equal((await signIn(tdb.prisma, { email: user.email, password: 'brand new password', address: '10.9.0.1' })).ok, true);
  });

  test('the last enabled administrator cannot be demoted or disabled', async () => {
    // A database of its own, so that other tests' admins do not count.
    const own = await createTestDatabase({ prefix: 'test_auth_admins' });
    try {
      const admin = await createUser(own.prisma, { email: 'only@example.test', name: 'Only', password: 'only-admin-pass', role: 'ADMIN' });
      await assert.rejects(changeRole(own.prisma, admin.id, 'EDITOR'), UserError);
      await assert.rejects(setUserDisabled(own.prisma, admin.id, true), UserError);
      const second = await createUser(own.prisma, { email: 'second@example.test', name: 'Second', password: 'second-admin-pass', role: 'ADMIN' });
      assert.equal((await changeRole(own.prisma, admin.id, 'EDITOR')).role, 'EDITOR');
      await assert.rejects(setUserDisabled(own.prisma, second.id, true), UserError);
    } finally {
      await own.drop();
    }
  });

  test('upsertUser creates, then resets an existing account; demo staff only on a database without accounts, and can sign in', async () => {
    const first = await upsertUser(tdb.prisma, { email: 'Reset@Example.test', name: 'Reset', password: 'first-password', role: 'AUTHOR' });
    assert.equal(first.created, true);
    await setUserDisabled(tdb.prisma, first.user.id, true);
    const again = await upsertUser(tdb.prisma, { email: 'reset@example.test', name: 'Reset Two', password: 'second-password', role: 'ADMIN' });
    assert.equal(again.created, false);
    assert.equal(again.user.id, first.user.id);
    assert.deepEqual([again.user.role, again.user.disabled, again.user.name], ['ADMIN', false, 'Reset Two']);

    assert.deepEqual(await seedDemoStaff(tdb.prisma), [], 'accounts exist: no demo staff');
    const fresh = await createTestDatabase({ prefix: 'test_auth_demo' });
    try {
      assert.deepEqual(
        await seedDemoStaff(fresh.prisma),
        DEMO_STAFF.map((m) => m.email),
      );
      assert.deepEqual(await seedDemoStaff(fresh.prisma), []); // idempotent
      for (const member of DEMO_STAFF) {
        const r = await signIn(fresh.prisma, { email: member.email, password: member.password, address: '10.8.0.1' });
        assert.equal(r.ok && r.user.role, member.role, member.email);
      }
    } finally {
      await fresh.drop();
    }
  });
});
