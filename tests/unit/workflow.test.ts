import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transitionProblem } from '../../lib/editorial/workflow.ts';
import { diffSnapshots } from '../../lib/editorial/diff.ts';
import { articleInputSchema, slugify } from '../../lib/editorial/input.ts';

const now = new Date('2026-05-01T10:00:00Z');

test('allowed and refused status moves', () => {
  assert.equal(transitionProblem('submit', 'DRAFT', null, now), null);
  assert.equal(transitionProblem('publish', 'IN_REVIEW', null, now), null);
  assert.equal(transitionProblem('unpublish', 'PUBLISHED', null, now), null);
  assert.match(transitionProblem('unpublish', 'DRAFT', null, now) ?? '', /a draft/);
  assert.match(transitionProblem('submit', 'PUBLISHED', null, now) ?? '', /published/);
});

test('scheduling needs a time in the future, within a year', () => {
  assert.match(transitionProblem('schedule', 'DRAFT', null, now) ?? '', /Choose a date/);
  assert.match(transitionProblem('schedule', 'DRAFT', new Date('2026-05-01T09:00:00Z'), now) ?? '', /future/);
  assert.match(transitionProblem('schedule', 'DRAFT', new Date('2028-05-01T09:00:00Z'), now) ?? '', /within a year/);
  assert.equal(transitionProblem('schedule', 'IN_REVIEW', new Date('2026-05-01T11:00:00Z'), now), null);
});

test('slugs from titles', () => {
  assert.equal(slugify('Kyiv’s rail link: the new timetable!'), 'kyivs-rail-link-the-new-timetable');
  assert.equal(slugify('  Café — Über 2026 '), 'cafe-uber-2026');
  assert.equal(slugify('!!!'), '');
});

test('diff lists only changed fields, word by word', () => {
  const base = articleInputSchema.parse({
    title: 'Bridge opens',
    slug: 'bridge-opens',
    sectionId: '00000000-0000-4000-8000-000000000000',
    body: [{ type: 'paragraph', content: [{ text: 'It opened today.' }] }],
  });
  const diff = diffSnapshots(base, { ...base, title: 'Bridge opens late' });
  assert.deepEqual(
    diff.map((d) => d.field),
    ['title'],
  );
  assert.deepEqual(
    diff[0].parts.filter((p) => p.added).map((p) => p.value.trim()),
    ['late'],
  );
});
