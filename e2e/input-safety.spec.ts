/**
 * "Safe to put on the internet": authorization details and bad input, end to
 * end through the JSON API as staff and readers would hit them. Feeds and
 * sitemaps are checked with Chromium's XML parser (DOMParser).
 */
import { expect, test, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { sectionId, unique } from './support.ts';

const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;
const JSON_HEADERS = { 'content-type': 'application/json' };
const HOSTILE_TITLE = 'a]]>b]]><x/><![CDATA[c & “d” <script>';

async function staff(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, who: { email: string; password: string }) {
  const request = await playwright.request.newContext({ baseURL });
  const res = await request.post('/admin/api/sign-in', { form: { email: who.email, password: who.password }, headers: { accept: 'application/json' } });
  expect(res.status(), `sign in as ${who.email}`).toBe(200);
  return request;
}

const article = (section: string, over: Record<string, unknown> = {}) => ({
  title: `Safety ${unique()}`,
  slug: `safety-${unique()}`,
  standfirst: 'Standfirst.',
  sectionId: section,
  tags: [],
  body: [{ type: 'paragraph', content: [{ text: 'Body text.' }] }],
  ...over,
});

async function create(request: APIRequestContext, input: Record<string, unknown>) {
  return request.post('/admin/api/articles', { data: { input }, headers: JSON_HEADERS });
}

/** Parses XML in Chromium; returns the parser's error text, or '' when well-formed. */
async function xmlError(page: Page, xml: string): Promise<string> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
  }, xml);
}

test('malformed percent-escapes answer the site 404 page (JSON 400 under /admin/api), never 500', async ({ request }) => {
  for (const path of ['/news/%ff', '/section/news/%ff', '/search/%ff', '/api/%ff', '/tag/%E0%A4%A', '/news/%00', '/feed.xml/%ff', '/media/%ff/x.jpg']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain('We can’t find that page');
  }
  const api = await request.put('/admin/api/articles/%ff', { data: {}, headers: JSON_HEADERS });
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ ok: false, error: 'invalid' });
  // Well-formed escapes still reach their page.
  expect((await request.get('/section/%6Eews')).status()).toBe(200);
});

test('a malformed Origin on the article API and a scheduler secret of the right length in characters but not bytes answer 403', async ({ playwright, baseURL }) => {
  const editor = await staff(playwright, baseURL!, EDITOR);
  for (const origin of ['null', '::', 'http://[', 'https://evil.example']) {
    const res = await editor.post('/admin/api/articles', { data: { input: {} }, headers: { ...JSON_HEADERS, origin } });
    expect(res.status(), origin).toBe(403);
  }
  // Latin-1 characters are one byte on the wire but two in UTF-8; any length.
  for (const secret of ['é'.repeat(32), 'é'.repeat(43), 'é'.repeat(64), 'x']) {
    const res = await editor.post('/admin/api/cron/publish-due', { headers: { 'x-scheduler-secret': secret } });
    expect(res.status(), `secret of ${secret.length}`).toBe(403);
  }
});

test('authors pick existing tags; editors create them; a tag with no published article is a 404', async ({ playwright, baseURL }) => {
  const editor = await staff(playwright, baseURL!, EDITOR);
  const author = await staff(playwright, baseURL!, AUTHOR);
  const section = await sectionId();
  const name = `Tag ${unique()}`;
  const refused = await create(author, article(section, { tags: [name] }));
  expect(refused.status()).toBe(400);
  expect((await refused.json()).fieldErrors.tags).toMatch(/no tag/);

  const byEditor = await create(editor, article(section, { tags: [name] }));
  expect(byEditor.status()).toBe(201);
  // Now it exists (on a draft only): the author may pick it, and its page is a 404.
  expect((await create(author, article(section, { tags: [name.toLowerCase()] }))).status()).toBe(201);
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const tagPage = await author.get(`/tag/${slug}`);
  expect(tagPage.status()).toBe(404);
});

test('presence, slug and Background-title look-ups answer only for articles the caller may edit or that are published', async ({ playwright, baseURL }) => {
  const editor = await staff(playwright, baseURL!, EDITOR);
  const author = await staff(playwright, baseURL!, AUTHOR);
  const section = await sectionId();
  const secretTitle = `Embargoed ${unique()}`;
  const draft = (await (await create(editor, article(section, { title: secretTitle }))).json()).article as { id: string; input: { slug: string } };

  expect((await author.post(`/admin/api/articles/${draft.id}/presence`, { data: {}, headers: JSON_HEADERS })).status()).toBe(403);
  expect((await author.get(`/admin/api/articles/${draft.id}/revisions`)).status()).toBe(403);
  expect((await author.get(`/admin/api/articles/slug?slug=x-${unique()}&id=${draft.id}`)).status()).toBe(404);

  // The author's own article linking the editor's draft by id: the editor page must not show its title.
  const own = (await (await create(author, article(section, { body: [{ type: 'background', items: [{ text: 'See also', articleId: draft.id }] }] }))).json()) as {
    article: { id: string };
  };
  expect((await author.get(`/admin/api/articles/slug?slug=x-${unique()}&id=${own.article.id}`)).status()).toBe(200);
  const page = await (await author.get(`/admin/articles/${own.article.id}`)).text();
  expect(page).not.toContain(secretTitle);
  // The editor, who may edit the draft, sees it.
  expect(await (await editor.get(`/admin/articles/${own.article.id}`)).text()).toContain(secretTitle);
});

test('inline links that would leave the site and titles with control characters are field errors', async ({ playwright, baseURL }) => {
  const editor = await staff(playwright, baseURL!, EDITOR);
  const section = await sectionId();
  for (const href of ['/\\evil.example', '/\tevil.example', '/\n/evil.example', '//evil.example']) {
    const res = await create(editor, article(section, { body: [{ type: 'paragraph', content: [{ text: 'x', href }] }] }));
    expect(res.status(), JSON.stringify(href)).toBe(400);
    expect(Object.keys((await res.json()).fieldErrors), JSON.stringify(href)).toContain('body.0.content.0.href');
  }
  for (const title of ['a\u0001b', 'a\u0000b', 'a\u000bb']) {
    const res = await create(editor, article(section, { title }));
    expect(res.status()).toBe(400);
    expect((await res.json()).fieldErrors.title).toMatch(/control characters/);
  }
});

test('a published title like a]]>b]]><x/><![CDATA[c keeps RSS, both sitemaps and JSON-LD well-formed', async ({ playwright, baseURL, page }) => {
  const editor = await staff(playwright, baseURL!, EDITOR);
  const section = await sectionId();
  const created = (await (await create(editor, article(section, { title: HOSTILE_TITLE, standfirst: 'x]]>y <![CDATA[ z' }))).json()).article as { id: string; version: number };
  const published = await editor.post(`/admin/api/articles/${created.id}/transition`, { data: { baseVersion: created.version, action: 'publish' }, headers: JSON_HEADERS });
  expect(published.status()).toBe(200);

  await page.goto('/');
  for (const path of ['/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const xml = await res.text();
    expect(await xmlError(page, xml), `${path} is well-formed XML`).toBe('');
    if (path !== '/sitemap.xml') {
      const titles = await page.evaluate(
        (text) => [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('item > title, title')].map((t) => t.textContent),
        xml,
      );
      expect(titles, `${path} carries the title as text`).toContain(HOSTILE_TITLE);
    }
  }
  const rss = await (await page.request.get('/feed.xml')).text();
  const descriptions = await page.evaluate(
    (text) => [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('item > description')].map((d) => d.textContent),
    rss,
  );
  expect(descriptions).toContain('x]]>y <![CDATA[ z');

  // The article page's JSON-LD parses and names the headline.
  const sitemap = await (await page.request.get('/news-sitemap.xml')).text();
  const loc = await page.evaluate(
    ([text, title]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const url = [...doc.getElementsByTagName('url')].find((u) => u.getElementsByTagNameNS('*', 'title')[0]?.textContent === title);
      return url?.getElementsByTagName('loc')[0]?.textContent ?? '';
    },
    [sitemap, HOSTILE_TITLE] as const,
  );
  await page.goto(new URL(loc).pathname);
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld.length).toBeGreaterThan(0);
  expect(ld.map((text) => JSON.stringify(JSON.parse(text))).join(' ')).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));

  // Unpublish again: other specs count the demo articles.
  const current = (await (await editor.get(`/admin/api/articles/${created.id}`)).json()).article as { version: number };
  expect((await editor.post(`/admin/api/articles/${created.id}/transition`, { data: { baseVersion: current.version, action: 'unpublish' }, headers: JSON_HEADERS })).status()).toBe(
    200,
  );
});
