import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyReferences, imageRef, toArticleView, type ArticleRow } from '../../lib/articles/view.ts';
import type { Block } from '../../lib/blocks/schema.ts';

const kyiv = 'Europe/Kyiv';
/** 22:30 UTC on 24 October is already 25 October in Kyiv. */
const lateUtc = new Date('2024-10-24T22:30:00Z');

const heroMedia = { id: 'h1', filename: 'hero.jpg', width: 1600, height: 900 };

function row(overrides: Partial<ArticleRow> = {}): ArticleRow {
  return {
    id: 'art-1',
    slug: 'kyiv-rail-link',
    title: 'Kyiv rail link opens',
    standfirst: 'Trains every ten minutes.',
    body: [],
    language: 'uk',
    publishedAt: lateUtc,
    updatedAt: new Date('2024-10-25T08:00:00Z'),
    section: { slug: 'news', name: 'News' },
    tags: [{ tag: { slug: 'transport', name: 'Transport' } }, { tag: { slug: 'kyiv', name: 'Kyiv' } }],
    authors: [{ author: { slug: 'olena-k', name: 'Olena K.', jobTitle: 'Transport reporter' } }, { author: { slug: 'ivan-p', name: 'Ivan P.', jobTitle: '' } }],
    hero: heroMedia,
    heroAlt: 'The new platform',
    heroCaption: 'Platform 3 on opening day',
    heroCredit: 'Staff photographer',
    sourceName: '',
    sourceUrl: '',
    citingName: '',
    citingUrl: '',
    ...overrides,
  };
}

const noLookups = { media: new Map(), linked: new Map(), timeZone: kyiv };

// ---- bodyReferences ----

test('bodyReferences lists the images and the linked articles of a body, once each, in order of appearance', () => {
  const body: Block[] = [
    { type: 'image', mediaId: 'm2', alt: 'a', caption: '', credit: '' },
    { type: 'paragraph', content: [{ text: 'See ', href: '/news/2024/01/01/not-a-reference' }] },
    {
      type: 'background',
      title: 'Background',
      items: [{ text: 'One', articleId: 'a1' }, { text: 'Outside', url: 'https://example.org/' }, { text: 'Plain' }, { text: 'Two', articleId: 'a2' }],
    },
    { type: 'image', mediaId: 'm1', alt: 'b', caption: '', credit: '' },
    { type: 'image', mediaId: 'm2', alt: 'again', caption: '', credit: '' },
    {
      type: 'background',
      title: 'More',
      items: [
        { text: 'One again', articleId: 'a1' },
        { text: 'Three', articleId: 'a3' },
      ],
    },
  ];
  assert.deepEqual(bodyReferences(body), { mediaIds: ['m2', 'm1'], articleIds: ['a1', 'a2', 'a3'] });
});

test('bodyReferences of a body without images or background links is empty', () => {
  assert.deepEqual(bodyReferences([]), { mediaIds: [], articleIds: [] });
  assert.deepEqual(
    bodyReferences([
      { type: 'paragraph', content: [{ text: 'x' }] },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: '' },
      { type: 'background', title: 'Background', items: [{ text: 'Outside', url: 'https://example.org/' }] },
      { type: 'ad' },
    ]),
    { mediaIds: [], articleIds: [] },
  );
});

// ---- imageRef ----

test('imageRef gives the media URL and the size', () => {
  assert.deepEqual(imageRef({ id: 'm1', filename: 'bridge.jpg', width: 1200, height: 800 }), { src: '/media/m1/bridge.jpg', width: 1200, height: 800 });
});

test('imageRef escapes the file name in the URL', () => {
  assert.equal(
    imageRef({ id: 'm1', filename: 'Міст на світанку #2.jpg', width: 1, height: 1 }).src,
    '/media/m1/%D0%9C%D1%96%D1%81%D1%82%20%D0%BD%D0%B0%20%D1%81%D0%B2%D1%96%D1%82%D0%B0%D0%BD%D0%BA%D1%83%20%232.jpg',
  );
  assert.equal(imageRef({ id: 'm1', filename: 'a/b?.png', width: 1, height: 1 }).src, '/media/m1/a%2Fb%3F.png');
});

// ---- toArticleView: the article itself ----

test('toArticleView copies the plain fields of the row', () => {
  const view = toArticleView(row(), [], noLookups);
  assert.equal(view.id, 'art-1');
  assert.equal(view.title, 'Kyiv rail link opens');
  assert.equal(view.standfirst, 'Trains every ten minutes.');
  assert.equal(view.language, 'uk');
  assert.equal(view.publishedAt, lateUtc);
  assert.deepEqual(view.updatedAt, new Date('2024-10-25T08:00:00Z'));
  assert.deepEqual(view.body, []);
});

test('the article path carries the publication date in the site time zone', () => {
  assert.equal(toArticleView(row(), [], noLookups).path, '/news/2024/10/25/kyiv-rail-link');
  assert.equal(toArticleView(row(), [], { ...noLookups, timeZone: 'UTC' }).path, '/news/2024/10/24/kyiv-rail-link');
});

test('a draft without a publication date uses `now` for its path (preview)', () => {
  const now = new Date('2025-03-01T12:00:00Z');
  const view = toArticleView(row({ publishedAt: null }), [], { ...noLookups, now });
  assert.equal(view.publishedAt, now);
  assert.equal(view.path, '/news/2025/03/01/kyiv-rail-link');
});

test('the publication date wins over `now`', () => {
  const view = toArticleView(row(), [], { ...noLookups, now: new Date('2025-03-01T12:00:00Z') });
  assert.equal(view.publishedAt, lateUtc);
  assert.equal(view.path, '/news/2024/10/25/kyiv-rail-link');
});

test('without a publication date or `now` the date falls back to the epoch', () => {
  const view = toArticleView(row({ publishedAt: null, updatedAt: null }), [], noLookups);
  assert.equal(view.publishedAt.getTime(), 0);
  assert.equal(view.updatedAt, null);
  assert.equal(view.path, '/news/1970/01/01/kyiv-rail-link');
  assert.equal(toArticleView(row({ publishedAt: null }), [], { ...noLookups, timeZone: 'America/New_York' }).path, '/news/1969/12/31/kyiv-rail-link');
});

test('section, tags and authors get their public paths, in the order of the row', () => {
  const view = toArticleView(row(), [], noLookups);
  assert.deepEqual(view.section, { slug: 'news', name: 'News', path: '/section/news' });
  assert.deepEqual(view.tags, [
    { name: 'Transport', path: '/tag/transport' },
    { name: 'Kyiv', path: '/tag/kyiv' },
  ]);
  assert.deepEqual(view.authors, [
    { name: 'Olena K.', path: '/author/olena-k', jobTitle: 'Transport reporter' },
    { name: 'Ivan P.', path: '/author/ivan-p', jobTitle: '' },
  ]);
});

test('no tags and no authors give empty lists', () => {
  const view = toArticleView(row({ tags: [], authors: [] }), [], noLookups);
  assert.deepEqual(view.tags, []);
  assert.deepEqual(view.authors, []);
});

test('the hero is the hero image with the article’s alt text, caption and credit', () => {
  assert.deepEqual(toArticleView(row(), [], noLookups).hero, {
    src: '/media/h1/hero.jpg',
    width: 1600,
    height: 900,
    alt: 'The new platform',
    caption: 'Platform 3 on opening day',
    credit: 'Staff photographer',
  });
});

test('no hero image, no hero (even when alt text and caption are set)', () => {
  assert.equal(toArticleView(row({ hero: null }), [], noLookups).hero, null);
});

test('the source line appears only when the source has a name', () => {
  assert.equal(toArticleView(row(), [], noLookups).source, null);
  assert.equal(toArticleView(row({ sourceUrl: 'https://example.org/', citingName: 'Agency' }), [], noLookups).source, null);
  assert.deepEqual(
    toArticleView(row({ sourceName: 'Ukrzaliznytsia', sourceUrl: 'https://example.org/t', citingName: 'Agency', citingUrl: 'https://agency.example/' }), [], noLookups).source,
    { name: 'Ukrzaliznytsia', url: 'https://example.org/t', citingName: 'Agency', citingUrl: 'https://agency.example/' },
  );
  assert.deepEqual(toArticleView(row({ sourceName: 'Agency' }), [], noLookups).source, { name: 'Agency', url: '', citingName: '', citingUrl: '' });
});

test('the view is built from the body argument, not from row.body', () => {
  const view = toArticleView(row({ body: [{ type: 'subheading', text: 'stale' }] }), [{ type: 'subheading', text: 'fresh' }], noLookups);
  assert.deepEqual(view.body, [{ type: 'subheading', text: 'fresh' }]);
});

// ---- toArticleView: body blocks ----

const media = new Map([
  ['m1', { id: 'm1', filename: 'bridge.jpg', width: 1200, height: 800 }],
  ['m2', { id: 'm2', filename: 'river view.png', width: 640, height: 480 }],
]);
const linked = new Map([['a1', { slug: 'earlier-story', publishedAt: new Date('2024-03-30T22:15:00Z') }]]);

test('image blocks get their resolved image, or null when the media is missing', () => {
  const body: Block[] = [
    { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: 'The bridge', credit: 'Staff' },
    { type: 'image', mediaId: 'gone', alt: 'Deleted', caption: '', credit: '' },
    { type: 'image', mediaId: 'm2', alt: 'A river', caption: '', credit: '' },
  ];
  const view = toArticleView(row(), body, { media, linked, timeZone: kyiv });
  assert.deepEqual(view.body, [
    { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: 'The bridge', credit: 'Staff', image: { src: '/media/m1/bridge.jpg', width: 1200, height: 800 } },
    { type: 'image', mediaId: 'gone', alt: 'Deleted', caption: '', credit: '', image: null },
    { type: 'image', mediaId: 'm2', alt: 'A river', caption: '', credit: '', image: { src: '/media/m2/river%20view.png', width: 640, height: 480 } },
  ]);
});

test('background items link to published articles by their dated path, to external URLs, or nowhere', () => {
  const body: Block[] = [
    {
      type: 'background',
      title: 'Earlier coverage',
      items: [
        { text: 'Published', articleId: 'a1' },
        { text: 'Unpublished or deleted', articleId: 'a-draft' },
        { text: 'Elsewhere', url: 'https://example.org/x' },
        { text: 'No link' },
      ],
    },
  ];
  const view = toArticleView(row(), body, { media, linked, timeZone: kyiv });
  assert.deepEqual(view.body, [
    {
      type: 'background',
      title: 'Earlier coverage',
      items: [
        // 22:15 UTC on 30 March is already 00:15 on 31 March in Kyiv (UTC+2 before the DST switch).
        { text: 'Published', articleId: 'a1', href: '/news/2024/03/31/earlier-story' },
        { text: 'Unpublished or deleted', articleId: 'a-draft', href: null },
        { text: 'Elsewhere', url: 'https://example.org/x', href: 'https://example.org/x' },
        { text: 'No link', href: null },
      ],
    },
  ]);
});

test('a linked article’s path uses the site time zone too', () => {
  const body: Block[] = [{ type: 'background', title: 'Background', items: [{ text: 'Published', articleId: 'a1' }] }];
  const view = toArticleView(row(), body, { media, linked, timeZone: 'UTC' });
  const block = view.body[0];
  assert.equal(block.type === 'background' && block.items[0].href, '/news/2024/03/30/earlier-story');
});

test('other blocks pass through unchanged and the order of blocks is kept', () => {
  const body: Block[] = [
    { type: 'paragraph', content: [{ text: 'Plain ' }, { text: 'link', href: '/news/2024/01/01/x', bold: true }] },
    { type: 'labelled', label: 'Why it matters', content: [{ text: 'Faster trips.' }] },
    { type: 'quote', text: 'We will rebuild.', speaker: 'The mayor', context: '' },
    { type: 'subheading', text: 'What happens next' },
    { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: '', credit: '' },
    { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
    { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: 'Launch' },
    { type: 'ad' },
  ];
  const view = toArticleView(row(), body, { media, linked, timeZone: kyiv });
  assert.deepEqual(
    view.body.map((b) => b.type),
    ['paragraph', 'labelled', 'quote', 'subheading', 'image', 'list', 'embed', 'ad'],
  );
  for (const i of [0, 1, 2, 3, 5, 6, 7]) assert.deepEqual(view.body[i], body[i]);
});

test('toArticleView does not change the row or the body it was given', () => {
  const r = row();
  const body: Block[] = [
    { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: '', credit: '' },
    {
      type: 'background',
      title: 'Background',
      items: [
        { text: 'Published', articleId: 'a1' },
        { text: 'Elsewhere', url: 'https://example.org/x' },
      ],
    },
  ];
  const bodyBefore = structuredClone(body);
  const rowBefore = structuredClone(r);
  toArticleView(r, body, { media, linked, timeZone: kyiv });
  assert.deepEqual(body, bodyBefore);
  assert.deepEqual(r, rowBefore);
});
