import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayKey, formatDateline, formatTime, wasUpdated } from '../../lib/time/format.ts';
import { articlePath } from '../../lib/urls/paths.ts';

const kyiv = 'Europe/Kyiv';

test('dateline in the reference format, Kyiv summer time (UTC+3)', () => {
  assert.equal(formatDateline(new Date('2024-10-25T10:37:00Z'), kyiv), 'Friday, 25 October 2024, 13:37');
});

test('dateline across the end of DST (27 Oct 2024, 04:00 → 03:00 local)', () => {
  assert.equal(formatDateline(new Date('2024-10-26T23:30:00Z'), kyiv), 'Sunday, 27 October 2024, 02:30');
  assert.equal(formatDateline(new Date('2024-10-27T00:30:00Z'), kyiv), 'Sunday, 27 October 2024, 03:30');
  assert.equal(formatDateline(new Date('2024-10-27T01:30:00Z'), kyiv), 'Sunday, 27 October 2024, 03:30');
  assert.equal(formatDateline(new Date('2024-10-27T12:00:00Z'), kyiv), 'Sunday, 27 October 2024, 14:00');
});

test('dateline across the start of DST (31 Mar 2024, 03:00 → 04:00 local)', () => {
  assert.equal(formatTime(new Date('2024-03-31T00:59:00Z'), kyiv), '02:59');
  assert.equal(formatTime(new Date('2024-03-31T01:00:00Z'), kyiv), '04:00');
});

test('midnight hours use 00, never 24', () => {
  assert.equal(formatTime(new Date('2024-01-14T22:05:00Z'), kyiv), '00:05');
});

test('the local day decides the day group and the article URL', () => {
  const lateUtc = new Date('2024-10-24T22:30:00Z'); // already 25 October in Kyiv
  assert.equal(dayKey(lateUtc, kyiv), '2024-10-25');
  assert.equal(dayKey(lateUtc, 'UTC'), '2024-10-24');
  assert.equal(articlePath({ slug: 'a-story', publishedAt: lateUtc }, kyiv), '/news/2024/10/25/a-story');
});

test('"Updated" only for edits more than a minute after publishing', () => {
  const t = new Date('2024-10-25T10:00:00Z');
  assert.equal(wasUpdated(t, null), false);
  assert.equal(wasUpdated(t, new Date('2024-10-25T10:00:30Z')), false);
  assert.equal(wasUpdated(t, new Date('2024-10-25T12:00:00Z')), true);
});
