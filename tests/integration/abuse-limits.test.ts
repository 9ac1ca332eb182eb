/**
 * Abuse limits that need a database: an article too large for the search
 * index is a 400 naming the body, never a 500 (ADR 016).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createArticle, saveArticle } from '../../lib/editorial/save.ts';
import type { SessionUser } from '../../lib/auth/sessions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { LIMITS } from '../../lib/blocks/schema.ts';

let database: TestDatabase;
let db: PrismaClient;
let sectionId: string;
let editor: SessionUser;

before(async () => {
  database = await createTestDatabase({ prefix: 'abuse' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1 } });
  sectionId = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  const u = await db.user.create({ data: { email: 'editor@test', name: 'Eve Editor', role: 'EDITOR', passwordHash: 'not-used-here' } });
  editor = { id: u.id, email: u.email, name: u.name, role: 'EDITOR' };
});

after(async () => {
  await database?.drop();
});

/** Text that indexes into as many distinct lexemes as possible: short unique made-up words. */
function uniqueWords(count: number, offset = 0): string {
  const words: string[] = [];
  for (let i = offset; i < offset + count; i++) words.push('q' + i.toString(36));
  return words.join(' ');
}

const input = (body: unknown, over: Record<string, unknown> = {}) => ({
  title: 'A very long article',
  slug: `long-${Math.random().toString(36).slice(2, 8)}`,
  standfirst: '',
  sectionId,
  tags: [],
  body,
  ...over,
});

test('an article too large for the search index is refused with a 400 that names the body', async () => {
  // 100 paragraphs of 9,900 characters of unique words: every field within its limit, ~1 MB of text.
  const body = Array.from({ length: 110 }, (_, i) => ({ type: 'paragraph', content: [{ text: uniqueWords(1700, i * 1700).slice(0, LIMITS.spanText) }] }));
  const out = await createArticle(db, editor, input(body));
  assert.equal(out.status, 400, JSON.stringify(out.result).slice(0, 300));
  assert.equal(out.result.ok, false);
  if (out.result.ok || out.result.error !== 'invalid') return;
  assert.match(out.result.fieldErrors.body ?? '', /too long for the search index/);
  assert.equal(await db.article.count(), 0);

  // The same on a save of an existing draft.
  const small = await createArticle(db, editor, input([{ type: 'paragraph', content: [{ text: 'Short.' }] }]));
  assert.equal(small.status, 201);
  if (!small.result.ok) return;
  const saved = await saveArticle(db, editor, {
    id: small.result.article.id,
    baseVersion: small.result.article.version,
    input: input(body, { slug: small.result.article.input.slug }),
  });
  assert.equal(saved.status, 400);
  assert.ok(!saved.result.ok && saved.result.error === 'invalid' && /search index/.test(saved.result.fieldErrors.body ?? ''));
});
