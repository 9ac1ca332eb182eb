import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { jsonFeed, xmlFeed } from '../../lib/feeds/rss.ts';
import type { FeedData } from '../../lib/feeds/queries.ts';
import { feedPath } from '../../lib/feeds/paths.ts';

const settings = {
  siteName: 'The <Daily> & Co',
  tagline: 'News',
  siteUrl: 'https://news.example',
  language: 'en',
} as Parameters<typeof xmlFeed>[3];

const HOSTILE = 'a]]>b]]><x/>\u0001 & "c"';
const data: FeedData = {
  title: 'Politics',
  description: '',
  pagePath: '/section/politics',
  items: [
    {
      id: '0b7f5f5e-8a9d-4c1e-9d3a-3f2b1c0d9e8f',
      title: HOSTILE,
      summary: 'Summary <b>not bold</b>',
      path: '/news/2026/12/01/a-story',
      publishedAt: new Date('2026-12-01T08:00:00Z'),
      updatedAt: new Date('2026-12-01T09:00:00Z'),
      section: 'Politics',
      authors: ['Ana Author'],
      tags: ['Budget'],
      image: { path: '/media/1d0c7d8e-0000-4000-8000-000000000001/photo%20one.jpg', mimeType: 'image/jpeg', byteSize: 12345, width: 1200, height: 800 },
    },
    {
      id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      title: 'No image',
      summary: '',
      path: '/news/2026/11/30/no-image',
      publishedAt: new Date('2026-11-30T08:00:00Z'),
      updatedAt: null,
      section: 'Politics',
      authors: [],
      tags: [],
      image: null,
    },
  ],
};
const scope = { kind: 'section', slug: 'politics' } as const;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

test('RSS: well-formed, guid is the article id (not a permalink), enclosure with the stored type and length', () => {
  const xml = xmlFeed('rss', scope, data, settings);
  assert.equal(XMLValidator.validate(xml), true);
  const channel = parser.parse(xml).rss.channel;
  assert.equal(channel.title, 'Politics | The <Daily> & Co');
  assert.equal(channel['atom:link']['@href'], 'https://news.example/section/politics/feed.xml');
  const [first, second] = channel.item;
  assert.equal(first.guid['#text'], data.items[0].id);
  assert.equal(first.guid['@isPermaLink'], 'false');
  assert.equal(first.title, 'a]]>b]]><x/> & "c"', 'the title survives intact, control character dropped');
  assert.equal(first.link, 'https://news.example/news/2026/12/01/a-story');
  assert.deepEqual(
    { url: first.enclosure['@url'], type: first.enclosure['@type'], length: first.enclosure['@length'] },
    { url: 'https://news.example/media/1d0c7d8e-0000-4000-8000-000000000001/photo%20one.jpg', type: 'image/jpeg', length: '12345' },
  );
  assert.equal(second.enclosure, undefined);
});

test('Atom: well-formed, ids are urn:uuid of the article, enclosure links carry the real MIME type', () => {
  const xml = xmlFeed('atom', { kind: 'site' }, { ...data, title: '', pagePath: '/' }, settings);
  assert.equal(XMLValidator.validate(xml), true);
  const feed = parser.parse(xml).feed;
  assert.equal(feed.title, 'The <Daily> & Co');
  const [first, second] = feed.entry;
  assert.equal(first.id, `urn:uuid:${data.items[0].id}`);
  assert.equal(second.id, `urn:uuid:${data.items[1].id}`);
  const links = [first.link].flat();
  const enclosure = links.find((l: Record<string, string>) => l['@rel'] === 'enclosure');
  assert.equal(enclosure['@type'], 'image/jpeg');
  assert.equal(enclosure['@length'], '12345');
  assert.equal([second.link].flat().filter((l: Record<string, string>) => l['@rel'] === 'enclosure').length, 0);
});

test('JSON Feed 1.1: version, ids, attachments', () => {
  const json = JSON.parse(JSON.stringify(jsonFeed({ kind: 'site' }, data, settings)));
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(json.feed_url, 'https://news.example/feed.json');
  assert.equal(typeof json.title, 'string');
  assert.ok(Array.isArray(json.items));
  assert.equal(json.items[0].id, data.items[0].id);
  assert.equal(json.items[0].title, HOSTILE);
  assert.deepEqual(json.items[0].attachments, [
    { url: 'https://news.example/media/1d0c7d8e-0000-4000-8000-000000000001/photo%20one.jpg', mime_type: 'image/jpeg', size_in_bytes: 12345 },
  ]);
  assert.deepEqual(json.items[0].authors, [{ name: 'Ana Author' }]);
  assert.equal(json.items[1].attachments, undefined);
  for (const item of json.items) assert.ok(typeof item.id === 'string' && (item.content_text || item.content_html));
});

test('feed paths', () => {
  assert.equal(feedPath({ kind: 'site' }), '/feed.xml');
  assert.equal(feedPath({ kind: 'site' }, 'atom'), '/feed.atom');
  assert.equal(feedPath({ kind: 'site' }, 'json'), '/feed.json');
  assert.equal(feedPath({ kind: 'author', slug: 'ana' }), '/author/ana/feed.xml');
});
