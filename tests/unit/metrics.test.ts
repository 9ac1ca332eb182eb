import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketOf, emptyBatch, MetricsBuffer } from '../../lib/metrics/buffer.ts';
import { allowEvent, clientLimits, WindowLimiter } from '../../lib/metrics/limits.ts';
import { ignoredBecause } from '../../lib/metrics/request.ts';
import { campaignListMaxAge, creativesFor, pickCreative, type AdCreative } from '../../lib/ads/creative.ts';
import { clickThroughRate, formatCtr } from '../../lib/ads/stats.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const at = new Date('2026-12-01T13:47:12.345Z');

test('views are bucketed by UTC hour, ads by UTC day', () => {
  assert.equal(bucketOf('view', at), '2026-12-01T13:00:00.000Z');
  assert.equal(bucketOf('impression', at), '2026-12-01T00:00:00.000Z');
  assert.equal(bucketOf('click', at), '2026-12-01T00:00:00.000Z');
});

test('the buffer sums events per key and drains them sorted, once', () => {
  const buffer = new MetricsBuffer();
  for (let i = 0; i < 1000; i++) buffer.add('view', i % 2 ? A : B, at);
  buffer.add('view', A, new Date('2026-12-01T14:00:00Z'));
  buffer.add('impression', A, at);
  buffer.add('impression', A, at);
  buffer.add('click', A, at);
  buffer.add('click', B, at);
  const batch = buffer.drain();
  assert.deepEqual(batch.views, {
    ids: [A, A, B],
    hours: ['2026-12-01T13:00:00.000Z', '2026-12-01T14:00:00.000Z', '2026-12-01T13:00:00.000Z'],
    counts: [500, 1, 500],
  });
  assert.deepEqual(batch.ads, { ids: [A, B], days: ['2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'], impressions: [2, 0], clicks: [1, 1] });
  assert.ok(emptyBatch(buffer.drain()), 'drained once');
});

test('a full buffer drops new keys, keeps counting known ones; a failed batch can be put back', () => {
  const buffer = new MetricsBuffer(2);
  assert.ok(buffer.add('view', A, at));
  assert.ok(buffer.add('impression', B, at));
  assert.equal(buffer.add('view', B, at), false);
  assert.ok(buffer.add('view', A, at));
  assert.equal(buffer.dropped, 1);
  const batch = buffer.drain();
  buffer.add('view', A, at);
  buffer.restore(batch);
  const again = buffer.drain();
  assert.deepEqual(again.views.counts, [3]);
  assert.deepEqual(again.ads.impressions, [1]);
});

test('window limiter: limit per window, new window after it, bounded keys', () => {
  const l = new WindowLimiter(2, 1000, 2);
  assert.ok(l.take('a', 0));
  assert.ok(l.take('a', 10));
  assert.equal(l.take('a', 20), false);
  assert.ok(l.take('a', 1000), 'next window');
  assert.ok(l.take('b', 1000));
  assert.equal(l.take('c', 1500), false, 'full, no window ended');
  assert.ok(l.take('c', 2500), 'ended windows are swept');
});

test('a client counts one view of an article per 10 minutes, and 60 events a minute', () => {
  const limits = clientLimits(60);
  assert.ok(allowEvent(limits, '203.0.113.9', 'view', A, 0));
  assert.equal(allowEvent(limits, '203.0.113.9', 'view', A, 1000), false, 'reload');
  assert.ok(allowEvent(limits, '198.51.100.7', 'view', A, 1000), 'another reader');
  assert.ok(allowEvent(limits, '203.0.113.9', 'view', A, 10 * 60_000), 'ten minutes later');
  let counted = 0;
  for (let i = 0; i < 100; i++) if (allowEvent(limits, '192.0.2.1', 'impression', B, 60_000 * 30 + i)) counted++;
  assert.equal(counted, 60);
});

const headers = (h: Record<string, string>) => new Headers(h);
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

test('bots, prefetches and cross-site posts are not counted', () => {
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, host: 'news.example' })), null);
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, host: 'news.example', origin: 'https://news.example' })), null);
  assert.equal(ignoredBecause(headers({ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' })), 'bot');
  assert.equal(ignoredBecause(headers({ 'user-agent': 'curl/8.5.0' })), 'bot');
  assert.equal(ignoredBecause(headers({})), 'bot');
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, purpose: 'prefetch' })), 'prefetch');
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, 'sec-purpose': 'prefetch;prerender' })), 'prefetch');
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, 'next-router-prefetch': '1' })), 'prefetch');
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, 'sec-fetch-site': 'cross-site' })), 'cross-site');
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, host: 'news.example', origin: 'https://evil.example' })), 'cross-site');
  assert.equal(ignoredBecause(headers({ 'user-agent': chrome, host: 'news.example', origin: 'null' })), 'cross-site');
});

test('the campaign list is kept until the next start or end, 1-60 s', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  assert.equal(campaignListMaxAge(null, now), 60);
  assert.equal(campaignListMaxAge('2026-12-01T12:00:10.200Z', now), 11);
  assert.equal(campaignListMaxAge('2026-12-01T13:00:00Z', now), 60);
  assert.equal(campaignListMaxAge('2026-12-01T11:59:00Z', now), 1, 'a boundary just passed');
});

const creative = (id: string, edition: string | null = null): AdCreative => ({
  id,
  headline: id,
  body: '',
  linkUrl: 'https://a.example',
  linkLabel: 'Go',
  sponsor: '',
  image: null,
  edition,
});

test('a slot picks the same creative for the same seed and slot', () => {
  const list = [creative('x'), creative('y'), creative('z')];
  assert.equal(pickCreative([], 'seed', 0), null);
  assert.equal(pickCreative(list, 'article-1', 0), pickCreative(list, 'article-1', 0));
  assert.notEqual(pickCreative(list, 'article-1', 0), pickCreative(list, 'article-1', 1));
});

test('an edition’s page shows its own campaigns and those of every edition, never another edition’s', () => {
  const campaigns = {
    INLINE: [creative('everywhere'), creative('english', 'en'), creative('ukrainian', 'uk'), creative('ukrainian', 'uk')],
    AFTER_BODY: [creative('russian', 'ru')],
    SIDEBAR: [],
    nextChangeAt: null,
  };
  const ids = (edition: string, placement: 'INLINE' | 'AFTER_BODY' = 'INLINE') => creativesFor(campaigns, placement, edition).map((c) => c.id);
  assert.deepEqual(ids('en'), ['everywhere', 'english']);
  assert.deepEqual(ids('uk'), ['everywhere', 'ukrainian', 'ukrainian'], 'the weight (repetition) is kept');
  assert.deepEqual(ids('uk', 'AFTER_BODY'), []);
  assert.deepEqual(ids('ru', 'AFTER_BODY'), ['russian']);
});

test('click-through rate', () => {
  assert.equal(clickThroughRate(0, 0), null);
  assert.equal(formatCtr(0, 3), '–');
  assert.equal(formatCtr(400, 5), '1.25 %');
});
