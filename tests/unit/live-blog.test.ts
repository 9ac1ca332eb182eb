/**
 * The pure parts of live blogs (ADR 017): which entries of the update
 * channel an open page has not shown, the button's words, reviving the JSON,
 * the entry input schema, and the LiveBlogPosting JSON-LD.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleView } from '../../lib/articles/view.ts';
import { reviveFeed, unseenEntries, type LiveFeedJson } from '../../lib/live/feed.ts';
import { liveLabels, newUpdatesLabel } from '../../lib/live/labels.ts';
import { messagesFor } from '../../lib/i18n/index.ts';
import type { LiveBlogView, LiveEntryView } from '../../lib/live/queries.ts';
import { entryInput } from '../../lib/live/schema.ts';
import { liveBlogJsonLd } from '../../lib/seo/jsonld.ts';
import type { SiteChrome } from '../../lib/settings/queries.ts';

const entry = (id: string, minutes: number, extra: Partial<LiveEntryView> = {}): LiveEntryView => ({
  id,
  title: `Entry ${id}`,
  keyEvent: false,
  publishedAt: new Date(Date.UTC(2026, 11, 1, 10, minutes)),
  updatedAt: null,
  author: null,
  body: [{ type: 'paragraph', content: [{ text: `Text of ${id}.` }] }],
  ...extra,
});

const feed = (entries: LiveEntryView[], status: 'LIVE' | 'ENDED' = 'LIVE'): LiveBlogView => ({ articleId: 'a1', status, timeZone: 'UTC', total: entries.length, entries });

test('unseen entries: the new ones, newest first; a full feed with none seen is a gap', () => {
  const f = feed([entry('d', 4), entry('c', 3), entry('b', 2), entry('a', 1)]);
  assert.deepEqual(
    unseenEntries(f, new Set(['a', 'b']), 20).fresh.map((e) => e.id),
    ['d', 'c'],
  );
  assert.equal(unseenEntries(f, new Set(['a', 'b']), 20).gap, false);
  assert.deepEqual(unseenEntries(f, new Set(['a', 'b', 'c', 'd']), 20).fresh, []);
  // The feed carries 4 and the page knows none of them: more may have arrived than it shows.
  assert.equal(unseenEntries(f, new Set(['z']), 4).gap, true);
  assert.equal(unseenEntries(f, new Set(['z']), 20).gap, false, 'a feed that is not full holds every entry');
  assert.equal(unseenEntries(f, new Set(), 4).gap, false, 'a blog with no entries at load has no gap');
});

test('the button says how many, in the edition’s language', () => {
  const en = liveLabels(messagesFor('en'));
  assert.equal(newUpdatesLabel(en, 1, false), '1 new update');
  assert.equal(newUpdatesLabel(en, 3, false), '3 new updates');
  assert.equal(newUpdatesLabel(en, 20, true), '20+ new updates');
  const uk = liveLabels(messagesFor('uk'));
  assert.equal(newUpdatesLabel(uk, 1, false), '1 нове оновлення');
  assert.equal(newUpdatesLabel(uk, 3, false), '3 нові оновлення');
  assert.equal(newUpdatesLabel(uk, 11, false), '11 нових оновлень');
  assert.equal(newUpdatesLabel(uk, 20, true), '20+ нових оновлень');
  const ru = liveLabels(messagesFor('ru'));
  assert.equal(newUpdatesLabel(ru, 2, false), '2 новых обновления');
  assert.equal(newUpdatesLabel(ru, 21, false), '20 новых обновлений', 'more than the channel holds is capped at its size');
});

test('the JSON of /live/<id> is revived with dates', () => {
  const json = JSON.parse(JSON.stringify(feed([entry('a', 1, { updatedAt: new Date(Date.UTC(2026, 11, 1, 11)) })]))) as LiveFeedJson;
  const revived = reviveFeed(json);
  assert.ok(revived.entries[0].publishedAt instanceof Date);
  assert.equal(revived.entries[0].publishedAt.toISOString(), '2026-12-01T10:01:00.000Z');
  assert.equal(revived.entries[0].updatedAt?.toISOString(), '2026-12-01T11:00:00.000Z');
});

test('entry input: title required and single-line, body is the article block schema, key event defaults off', () => {
  const ok = entryInput.safeParse({ title: '  Bridge closed ', body: [{ type: 'paragraph', content: [{ text: 'x' }] }] });
  assert.ok(ok.success);
  assert.equal(ok.data.title, 'Bridge closed');
  assert.equal(ok.data.keyEvent, false);
  for (const bad of [
    { title: '', body: [] },
    { title: 'a\nb', body: [] },
    { title: 'x'.repeat(201), body: [] },
    { title: 'ok', body: [{ type: 'html', html: '<script>' }] },
    { title: 'ok', body: [], extra: 1 },
    { title: 'ok', body: Array.from({ length: 51 }, () => ({ type: 'subheading', text: 'x' })) },
  ])
    assert.equal(entryInput.safeParse(bad).success, false, JSON.stringify(bad).slice(0, 60));
});

test('LiveBlogPosting: the article fields, coverage times, newest entries at their anchors', () => {
  const article = {
    id: 'a1',
    title: 'Storm live',
    standfirst: 'Updates.',
    path: '/news/2026/12/01/storm-live',
    language: 'en',
    publishedAt: new Date(Date.UTC(2026, 11, 1, 9)),
    updatedAt: null,
    section: { slug: 'news', name: 'News', path: '/section/news' },
    tags: [],
    authors: [],
    hero: null,
    source: null,
    body: [],
    live: 'LIVE',
    corrections: [],
    translations: [],
  } satisfies ArticleView;
  const chrome = { settings: { siteUrl: 'https://news.example', siteName: 'Example' } } as SiteChrome;
  const live = liveBlogJsonLd(article, chrome, feed([entry('b', 30, { author: 'Eve', updatedAt: new Date(Date.UTC(2026, 11, 1, 10, 45)) }), entry('a', 10)]));
  assert.equal(live['@type'], 'LiveBlogPosting');
  assert.equal(live.coverageStartTime, '2026-12-01T09:00:00.000Z');
  assert.equal(live.coverageEndTime, undefined, 'still live');
  assert.equal(live.dateModified, '2026-12-01T10:45:00.000Z', 'the latest change of any entry');
  assert.deepEqual(live.liveBlogUpdate[0], {
    '@type': 'BlogPosting',
    headline: 'Entry b',
    url: 'https://news.example/news/2026/12/01/storm-live#entry-b',
    datePublished: '2026-12-01T10:30:00.000Z',
    dateModified: '2026-12-01T10:45:00.000Z',
    articleBody: 'Text of b.',
    author: { '@type': 'Person', name: 'Eve' },
  });
  const ended = liveBlogJsonLd(article, chrome, feed([entry('b', 30), entry('a', 10)], 'ENDED'));
  assert.equal(ended.coverageEndTime, '2026-12-01T10:30:00.000Z', 'ended at its last entry');
});
