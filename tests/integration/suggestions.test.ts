/**
 * Background suggestions (lib/editorial/suggestions.ts) against a real
 * database: related earlier articles first (full-text similarity of title,
 * standfirst and body), shared tags lift, never the draft itself, what it
 * already links, unpublished articles or ones published after it; at most 8.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { suggestBackground, suggestionRequest } from '../../lib/editorial/suggestions.ts';
import type { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

let database: TestDatabase;
let db: PrismaClient;
const ids: Record<string, string> = {};
const day = 86_400_000;
const now = new Date('2026-06-01T12:00:00Z');

async function article(key: string, title: string, text: string, daysAgo: number, opts: { tags?: string[]; status?: 'PUBLISHED' | 'DRAFT'; language?: string } = {}) {
  const a = await db.article.create({
    data: {
      slug: key,
      title,
      standfirst: '',
      bodyText: text,
      body: [{ type: 'paragraph', content: [{ text }] }],
      status: opts.status ?? 'PUBLISHED',
      publishedAt: opts.status === 'DRAFT' ? null : new Date(now.getTime() - daysAgo * day),
      sectionId: ids.section,
      language: opts.language ?? 'en',
      tags: opts.tags ? { create: opts.tags.map((t) => ({ tagId: ids[t] })) } : undefined,
    },
  });
  ids[key] = a.id;
}

before(async () => {
  database = await createTestDatabase({ prefix: 'suggest' });
  db = database.prisma;
  await db.siteSettings.create({ data: { id: 1, timeZone: 'Europe/Kyiv' } });
  ids.section = (await db.section.create({ data: { slug: 'news', name: 'News' } })).id;
  ids.dams = (await db.tag.create({ data: { slug: 'dams', name: 'Dams' } })).id;
  ids.budget = (await db.tag.create({ data: { slug: 'budget', name: 'Budget' } })).id;
  await article('dam-cracks', 'Cracks found in the Orlov dam wall', 'Engineers found cracks in the Orlov dam wall after the spring flood. The reservoir level was lowered.', 40, {
    tags: ['dams'],
  });
  await article('dam-repairs', 'Orlov dam repairs to take two years', 'Repairs of the Orlov dam wall will take two years, the water agency said. The reservoir stays low.', 20);
  await article('dam-tagged', 'Hydropower output falls', 'Electricity from river plants fell in April.', 10, { tags: ['dams'] });
  await article('budget-vote', 'Parliament passes the budget', 'Deputies passed the state budget after a night of votes on pensions and defence.', 5, { tags: ['budget'] });
  await article('football', 'Cup final tickets sold out', 'Tickets for the cup final sold out in an hour.', 3);
  await article('dam-draft', 'Orlov dam wall: draft', 'Orlov dam wall reservoir cracks repairs.', 1, { status: 'DRAFT' });
  await article('dam-future', 'Orlov dam wall reopens', 'The Orlov dam wall and reservoir reopen after repairs.', -5);
  // The same story in the Ukrainian edition (ADR 021): suggested only to Ukrainian drafts.
  await article('dam-uk', 'Тріщини в дамбі Орлова', 'Інженери знайшли тріщини в стіні дамби Орлова після весняної повені. Рівень водосховища знизили.', 30, { language: 'uk' });
  for (let i = 0; i < 12; i++) await article(`dam-more-${i}`, `Orlov dam report ${i}`, `The reservoir behind the Orlov dam wall, report ${i}.`, 60 + i);
});

after(() => database?.drop());

const ask = (body: Record<string, unknown>) => suggestBackground(db, suggestionRequest.parse(body), now);

describe('background suggestions', () => {
  test('related earlier articles first, at most 8; unrelated, unpublished and later ones never', async () => {
    const out = await ask({ title: 'Orlov dam wall to be rebuilt', text: 'The cracked Orlov dam wall and its reservoir will be rebuilt after the flood.' });
    assert.equal(out.length, 8);
    const keys = out.map((s) => Object.keys(ids).find((k) => ids[k] === s.id));
    assert.ok(['dam-cracks', 'dam-repairs'].includes(keys[0]!), `best match first: ${keys.join(', ')}`);
    for (const k of keys) assert.match(k!, /^dam-/);
    assert.ok(!keys.includes('dam-draft') && !keys.includes('dam-future') && !keys.includes('football'));
    assert.match(out[0].path, /^\/news\/\d{4}\/\d{2}\/\d{2}\/dam-/);
    assert.ok(out.every((s, i) => i === 0 || s.score <= out[i - 1].score));
  });

  test('a shared tag lifts an article by 0.15', async () => {
    const withTag = await ask({ title: 'Spring flood cracks', text: 'Cracks after the flood.', tags: ['Dams'] });
    const without = await ask({ title: 'Spring flood cracks', text: 'Cracks after the flood.' });
    const cracks = (list: typeof withTag) => list.find((s) => s.id === ids['dam-cracks'])!;
    assert.equal(withTag[0].id, ids['dam-cracks'], 'words and tag together rank first');
    assert.equal(cracks(withTag).sharedTags, 1);
    assert.equal(cracks(without).sharedTags, 0);
    assert.ok(Math.abs(cracks(withTag).score - cracks(without).score - 0.15) < 0.002);
    // A tag alone, without a word in common, suggests nothing.
    assert.ok(!withTag.some((s) => s.id === ids['dam-tagged']));
  });

  test('leaves out the draft itself, what it links, and articles published after it', async () => {
    const out = await ask({ articleId: ids['dam-repairs'], title: 'Orlov dam repairs', text: 'Orlov dam wall reservoir', exclude: [ids['dam-cracks']] });
    assert.ok(!out.some((s) => s.id === ids['dam-repairs'] || s.id === ids['dam-cracks']));
    // dam-repairs was published 20 days ago: nothing newer.
    assert.ok(!out.some((s) => s.id === ids['dam-tagged'] || s.id === ids['budget-vote']));
  });

  test('an empty draft gets nothing; quotes, backslashes and control characters in the text are harmless', async () => {
    assert.deepEqual(await ask({}), []);
    const odd = await ask({ title: "O'Brien \\ dam's wall", text: 'it\'s the "Orlov" dam\u0000 wall & reservoir | !(x)' });
    assert.ok(odd.some((s) => s.id === ids['dam-cracks']));
    assert.equal(suggestionRequest.safeParse({ exclude: ['not-a-uuid'] }).success, false);
  });

  test('only articles of the draft’s edition, with that edition’s paths, matched in its language', async () => {
    const en = await ask({ title: 'Orlov dam wall cracks', text: 'Orlov dam wall reservoir' });
    assert.ok(!en.some((s) => s.id === ids['dam-uk']), 'an English draft is not offered the Ukrainian article');
    const uk = await ask({ language: 'uk', title: 'Дамба Орлова', text: 'Тріщини у стіні дамби Орлова, водосховище' });
    assert.deepEqual(
      uk.map((s) => s.id),
      [ids['dam-uk']],
    );
    assert.match(uk[0].path, /^\/uk\/news\/\d{4}\/\d{2}\/\d{2}\/dam-uk$/);
  });
});
