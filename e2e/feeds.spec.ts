/**
 * Feeds and share images (issue 11, part 5): every feed parses (XML with
 * fast-xml-parser's validator, JSON Feed as JSON of the 1.1 shape), listing
 * pages link their feed, item ids survive a slug change, and an article
 * without a hero image gets a generated 1200×630 share image.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EditorApi } from '../tools/editor-api.ts';
import { articlePathFor, sectionId, sectionPaths, SHOWCASE_SLUG, unique } from './support.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

async function xml(request: APIRequestContext, path: string, type: RegExp) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type'], path).toMatch(type);
  const text = await res.text();
  expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
  return parser.parse(text);
}

async function jsonFeed(request: APIRequestContext) {
  const res = await request.get('/feed.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/feed\+json/);
  const feed = await res.json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(typeof feed.title).toBe('string');
  expect(Array.isArray(feed.items)).toBe(true);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    expect(typeof item.url).toBe('string');
    expect(item.content_text ?? item.content_html).toBeTruthy();
    for (const a of item.attachments ?? []) {
      expect(a.mime_type).toMatch(/^image\/(jpeg|png|webp|avif|gif)$/);
      expect(a.size_in_bytes).toBeGreaterThan(0);
    }
  }
  return feed as { items: { id: string; url: string }[] };
}

test('every feed parses: the site’s RSS, Atom and JSON Feed, and every section’s, a tag’s and an author’s RSS', async ({ page, request }) => {
  const rss = (await xml(request, '/feed.xml', /^application\/rss\+xml/)).rss.channel;
  const items = [rss.item].flat();
  expect(items.length).toBeGreaterThan(5);
  for (const item of items) {
    expect(item.guid['@isPermaLink']).toBe('false');
    expect(item.guid['#text']).toMatch(/^[0-9a-f-]{36}$/);
  }
  // Enclosures: the stored image's real type and size (checked against the image itself).
  const enclosure = items.find((i) => i.enclosure)!.enclosure;
  const image = await request.get(new URL(enclosure['@url']).pathname);
  expect(image.headers()['content-type']).toBe(enclosure['@type']);
  expect((await image.body()).length).toBe(Number(enclosure['@length']));

  const atom = (await xml(request, '/feed.atom', /^application\/atom\+xml/)).feed;
  for (const entry of [atom.entry].flat()) expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  await jsonFeed(request);

  await page.goto(await articlePathFor(request, SHOWCASE_SLUG));
  const listingPaths = [
    ...(await sectionPaths(page)),
    ...(await page.locator('a[href^="/tag/"], a[href^="/author/"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))].slice(0, 4))),
  ];
  expect(listingPaths.some((p) => p.startsWith('/tag/'))).toBe(true);
  expect(listingPaths.some((p) => p.startsWith('/author/'))).toBe(true);
  for (const path of listingPaths) {
    const channel = (await xml(request, `${path}/feed.xml`, /^application\/rss\+xml/)).rss.channel;
    expect(channel.link, path).toMatch(new RegExp(`${path}$`));
  }
  expect((await request.get('/tag/no-such-tag-at-all/feed.xml')).status()).toBe(404);
});

test('listing pages and the front page link their feeds with rel=alternate', async ({ page, request }) => {
  await page.goto('/');
  for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
    await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveCount(1);
  }
  const [section] = await sectionPaths(page);
  await page.goto(section);
  const hrefs = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(hrefs).toEqual([`${section}/feed.xml`, '/feed.xml']);
  expect((await request.get(hrefs[0])).status()).toBe(200);
});

test('a feed item keeps its id when the article’s slug changes', async ({ request, baseURL }) => {
  const api = await EditorApi.signIn(baseURL!);
  const slug = `feed-${unique()}`;
  let article = await api.create({ title: `Feed story ${slug}`, slug, sectionId: await sectionId() });
  article = await api.transition(article, 'publish');
  const before = (await jsonFeed(request)).items.find((i) => i.id === article.id);
  expect(before?.url).toMatch(new RegExp(`/${slug}$`));
  article = await api.change(article, { slug: `${slug}-renamed` });
  const after = (await jsonFeed(request)).items.find((i) => i.id === article.id);
  expect(after?.url).toMatch(new RegExp(`/${slug}-renamed$`));
  const rss = [(await xml(request, '/feed.xml', /rss/)).rss.channel.item].flat();
  expect(rss.find((i) => i.guid['#text'] === article.id)?.link).toMatch(new RegExp(`/${slug}-renamed$`));
});

test('an article without a hero image gets a generated 1200×630 share image and a large card', async ({ page, request, baseURL }) => {
  const api = await EditorApi.signIn(baseURL!);
  const slug = `card-${unique()}`;
  let article = await api.create({ title: `Share card ${slug}`, slug, sectionId: await sectionId() });
  article = await api.transition(article, 'publish');
  await page.goto(article.publicPath!);
  const og = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(new RegExp(`/og/${article.id}\\.png\\?v=`));
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  const url = new URL(og!);
  const png = await request.get(url.pathname + url.search);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

  // Unpublished: no share image either.
  await api.transition(article, 'unpublish');
  expect((await request.get(url.pathname)).status()).toBe(404);
});
