/**
 * The audit log (lib/audit) against a real database: each kind of event
 * recorded where it happens (editorial moves in their transaction, the
 * scheduler, sign-in), the database refusing to change or remove entries,
 * and the filters and paging of /admin/audit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signInRecord, recordSignIn } from '../../lib/audit/events.ts';
import { AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEntries, recordAudit, SYSTEM_ADDRESS } from '../../lib/audit/log.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import { signIn } from '../../lib/auth/sign-in.ts';
import { createUser } from '../../lib/auth/users.ts';
import { createArticle } from '../../lib/editorial/save.ts';
import { publishDueArticles, transitionArticle } from '../../lib/editorial/workflow.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { connectPg, createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let database: TestDatabase;
let db: PrismaClient;
let sectionId: string;
let editor: SessionUser;
let admin: SessionUser;

before(async () => {
  database = await createTestDatabase({ prefix: 'audit' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  const e = await createUser(db, { email: 'eve@audit.test', name: 'Eve Editor', password: 'editor password 1', role: 'EDITOR' });
  const a = await createUser(db, { email: 'ada@audit.test', name: 'Ada Admin', password: 'admin password 1', role: 'ADMIN' });
  editor = { id: e.id, email: e.email, name: e.name, role: e.role };
  admin = { id: a.id, email: a.email, name: a.name, role: a.role };
});

after(() => database?.drop());

const entriesFor = (targetId: string) => db.auditEntry.findMany({ where: { targetId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });

async function draft(title: string) {
  const out = await createArticle(db, editor, {
    title,
    slug: `a-${Math.random().toString(36).slice(2, 10)}`,
    sectionId,
    body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
  });
  assert.ok(out.result.ok, JSON.stringify(out.result));
  return out.result.article;
}

describe('the audit log records each event', () => {
  test('publish, unpublish and schedule: who, what, target, when, from where, in the move’s transaction', async () => {
    const a = await draft('Bridge reopens');
    const now = new Date();
    const pub = await transitionArticle(db, editor, { id: a.id, baseVersion: 1, action: 'publish', address: '203.0.113.7' }, now);
    assert.equal(pub.status, 200);
    const un = await transitionArticle(db, editor, { id: a.id, baseVersion: 2, action: 'unpublish', address: '203.0.113.7' });
    assert.equal(un.status, 200);
    const at = new Date(Date.now() + 3_600_000);
    const sch = await transitionArticle(db, editor, { id: a.id, baseVersion: 3, action: 'schedule', scheduledAt: at.toISOString(), address: '198.51.100.2' });
    assert.equal(sch.status, 200);

    const entries = await entriesFor(a.id);
    assert.deepEqual(
      entries.map((e) => e.action),
      ['article.publish', 'article.unpublish', 'article.schedule'],
    );
    const [first, , last] = entries;
    assert.equal(first.actorId, editor.id);
    assert.equal(first.actorEmail, 'eve@audit.test');
    assert.equal(first.actorName, 'Eve Editor');
    assert.equal(first.targetType, 'article');
    assert.equal(first.targetLabel, 'Bridge reopens');
    assert.equal(first.address, '203.0.113.7');
    assert.equal(first.createdAt.getTime(), now.getTime());
    assert.equal(last.address, '198.51.100.2');
    assert.equal(new Date((last.detail as { scheduledAt: string }).scheduledAt).getTime(), at.getTime());
  });

  test('a refused move records nothing', async () => {
    const a = await draft('Refused move');
    const stale = await transitionArticle(db, editor, { id: a.id, baseVersion: 7, action: 'publish', address: '203.0.113.7' });
    assert.equal(stale.status, 409);
    const unpublishDraft = await transitionArticle(db, editor, { id: a.id, baseVersion: 1, action: 'unpublish', address: '203.0.113.7' });
    assert.equal(unpublishDraft.status, 422);
    assert.deepEqual(await entriesFor(a.id), []);
  });

  test('the scheduler’s publications are recorded with no person, from "system"', async () => {
    const a = await draft('Night market');
    const at = new Date(Date.now() + 60_000);
    assert.equal((await transitionArticle(db, editor, { id: a.id, baseVersion: 1, action: 'schedule', scheduledAt: at.toISOString() })).status, 200);
    assert.deepEqual((await publishDueArticles(db, new Date(at.getTime() + 1000))).ids, [a.id]);
    const entry = (await entriesFor(a.id)).at(-1)!;
    assert.equal(entry.action, 'article.publish');
    assert.equal(entry.actorId, null);
    assert.equal(entry.address, SYSTEM_ADDRESS);
    assert.equal(entry.targetLabel, 'Night market');
  });

  test('sign-in: success with the user, failure with the email typed and the address; rate-limited and empty attempts are not entries', async () => {
    const ok = await signIn(db, { email: 'ADA@audit.test', password: 'admin password 1', address: '192.0.2.10' });
    await recordSignIn(db, 'ADA@audit.test', ok, '192.0.2.10');
    const wrong = await signIn(db, { email: 'ada@audit.test', password: 'nope', address: '192.0.2.11' });
    await recordSignIn(db, ' Ada@Audit.test ', wrong, '192.0.2.11');
    const rows = await db.auditEntry.findMany({ where: { action: { startsWith: 'auth.' } }, orderBy: { createdAt: 'asc' } });
    assert.deepEqual(
      rows.map((r) => [r.action, r.actorId, r.actorEmail, r.address]),
      [
        ['auth.sign-in', admin.id, 'ada@audit.test', '192.0.2.10'],
        ['auth.sign-in-failed', null, 'ada@audit.test', '192.0.2.11'],
      ],
    );
    assert.deepEqual(rows[1].detail, { reason: 'wrong email or password' });
    assert.equal(signInRecord('x@y.z', { ok: false, status: 429, error: 'slow down', retryAfterSeconds: 60 }, '192.0.2.1'), null);
    assert.equal(signInRecord('', { ok: false, status: 400, error: 'empty' }, '192.0.2.1'), null);
    assert.equal(signInRecord('x@y.z', { ok: false, status: 403, error: 'disabled' }, '192.0.2.1')?.detail?.reason, 'account disabled');
  });
});

describe('append-only', () => {
  test('the database refuses UPDATE, DELETE and TRUNCATE, whoever sends them; entries stay', async () => {
    await recordAudit(db, { actor: admin, address: '192.0.2.1', action: 'settings.update', target: { type: 'settings', label: 'Newsroom' } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'settings.update' } });
    const count = await db.auditEntry.count();

    await assert.rejects(db.auditEntry.update({ where: { id: entry.id }, data: { actorEmail: 'someone-else@x' } }), /append-only/);
    await assert.rejects(db.auditEntry.delete({ where: { id: entry.id } }), /append-only/);
    await assert.rejects(db.auditEntry.deleteMany({}), /append-only/);

    const pg = await connectPg(database.url);
    try {
      for (const sql of [`UPDATE "AuditEntry" SET "action" = 'x'`, `DELETE FROM "AuditEntry"`, `TRUNCATE "AuditEntry"`]) {
        await assert.rejects(pg.query(sql), (err: { code?: string; message: string }) => err.code === '42501' && /append-only/.test(err.message), sql);
      }
    } finally {
      await pg.end();
    }
    assert.equal(await db.auditEntry.count(), count);
    assert.equal((await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).actorEmail, admin.email);
  });
});

describe('reading: filters and paging', () => {
  let fdb: TestDatabase;
  before(async () => {
    fdb = await createTestDatabase({ prefix: 'audit_read' });
    // 2026-03-28 .. 2026-03-30 around Kyiv's switch to summer time (29 March, 03:00 → 04:00).
    const times = [
      '2026-03-27T21:59:59Z', // 27 March 23:59:59 in Kyiv (UTC+2)
      '2026-03-27T22:00:00Z', // 28 March 00:00 in Kyiv
      '2026-03-28T12:00:00Z',
      '2026-03-28T21:59:00Z', // 28 March 23:59 in Kyiv
      '2026-03-28T22:00:00Z', // 29 March 00:00 in Kyiv
      '2026-03-29T20:59:00Z', // 29 March 23:59 in Kyiv (UTC+3 since 04:00)
      '2026-03-29T21:00:00Z', // 30 March 00:00 in Kyiv
    ];
    for (const [i, t] of times.entries()) {
      await recordAudit(fdb.prisma, {
        actor: i % 2 ? { id: editor.id, email: editor.email, name: editor.name } : { id: admin.id, email: admin.email, name: admin.name },
        address: '192.0.2.1',
        action: i % 3 ? 'article.publish' : 'auth.sign-in',
        target: { type: 'article', id: `t${i}`, label: `Entry ${i}` },
        at: new Date(t),
      });
    }
  });
  after(() => fdb?.drop());

  const list = (q: Record<string, string>, pageSize?: number) => listAuditEntries(fdb.prisma, auditFilterSchema.parse(q), 'Europe/Kyiv', pageSize);
  const labels = async (q: Record<string, string>) => (await list(q)).items.map((e) => e.targetLabel);

  test('newest first; person and action filters', async () => {
    assert.deepEqual(await labels({}), ['Entry 6', 'Entry 5', 'Entry 4', 'Entry 3', 'Entry 2', 'Entry 1', 'Entry 0']);
    assert.deepEqual(await labels({ person: editor.id }), ['Entry 5', 'Entry 3', 'Entry 1']);
    assert.deepEqual(await labels({ action: 'auth.sign-in' }), ['Entry 6', 'Entry 3', 'Entry 0']);
    assert.deepEqual(await labels({ person: admin.id, action: 'article.publish' }), ['Entry 4', 'Entry 2']);
  });

  test('days are whole days in the newsroom’s zone, across a DST change, both ends inclusive', async () => {
    assert.deepEqual(await labels({ from: '2026-03-28', to: '2026-03-28' }), ['Entry 3', 'Entry 2', 'Entry 1']);
    assert.deepEqual(await labels({ from: '2026-03-29', to: '2026-03-29' }), ['Entry 5', 'Entry 4']);
    assert.deepEqual(await labels({ from: '2026-03-30' }), ['Entry 6']);
    assert.deepEqual(await labels({ to: '2026-03-27' }), ['Entry 0']);
    assert.deepEqual(await labels({ from: '2026-03-30', to: '2026-03-28' }), [], 'an empty range is empty, not an error');
  });

  test('invalid filter values are ignored, not errors', async () => {
    const f = auditFilterSchema.parse({ person: 'not-a-uuid', action: 'drop table', from: '2026-13-45', to: 'yesterday', cursor: '!!!' });
    assert.deepEqual(f, { person: undefined, action: undefined, from: undefined, to: undefined, cursor: '!!!' });
    assert.equal((await list({ cursor: '!!!' })).items.length, 7, 'an unreadable cursor starts at the newest entry');
  });

  test('paging by cursor visits every entry once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await list(cursor ? { cursor } : {}, 3);
      seen.push(...page.items.map((e) => e.targetLabel));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    assert.deepEqual(seen, ['Entry 6', 'Entry 5', 'Entry 4', 'Entry 3', 'Entry 2', 'Entry 1', 'Entry 0']);
    assert.equal(AUDIT_PAGE_SIZE, 50);
  });
});
