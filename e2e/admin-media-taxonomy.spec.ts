/**
 * Media library and taxonomy admin: an editor uploads and describes an image,
 * renames a tag they created (404 until an article carrying it is published)
 * and sees it on the public tag page, creates and
 * deletes a section (seen in the public header); authors are refused; invalid
 * input keeps what was typed. Other specs run in parallel on the same
 * database, so this spec only touches rows it creates, and removes them.
 */
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { FRESH_MS, reportMs, signedIn, unique, writeArticle } from './support.ts';

const editor = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;
const author = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

/** Accepts the "are you sure" dialog of delete buttons. */
function acceptDialogs(page: Page) {
  page.on('dialog', (d) => void d.accept());
}

test('an editor uploads an image, describes it and sees it in the library', async ({ browser }) => {
  const page = await signedIn(browser, editor);
  acceptDialogs(page);
  const u = unique();
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .png()
    .toBuffer();

  await page.goto('/admin/media');
  await expect(page.getByRole('heading', { name: 'Media library', level: 1 })).toBeVisible();
  await page.getByLabel('Image file').setInputFiles({ name: `e2e-${u}.png`, mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toContainText(`Uploaded e2e-${u}.jpg (64 × 48)`);

  const card = page.locator(`[data-testid="media-item"][data-filename="e2e-${u}.jpg"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('64 × 48');
  await expect(card.getByTestId('media-usage')).toHaveText('Not used yet.');
  // Seeded images say where they are used.
  await expect(page.getByTestId('media-usage').filter({ hasText: 'Used as the hero image of “' }).first()).toBeAttached();
  const img = card.locator('img'); // no alt text yet: role presentation
  await img.scrollIntoViewIfNeeded(); // thumbnails load lazily
  await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)).toBe(true);

  await card.getByLabel('Alt text').fill(`Blue test card ${u}`);
  await card.getByLabel('Caption').fill('A caption from the e2e test');
  await card.getByRole('button', { name: `Save e2e-${u}.jpg` }).click();
  await expect(card.getByRole('status')).toHaveText(`Saved e2e-${u}.jpg.`);

  // After a reload it is still there, described.
  await page.reload();
  await expect(card.getByLabel('Alt text')).toHaveValue(`Blue test card ${u}`);
  await expect(card.getByLabel('Caption')).toHaveValue('A caption from the e2e test');
  await expect(card.getByRole('img', { name: `Blue test card ${u}` })).toBeVisible();

  // The editor's media picker lists it too.
  const picked = await page.request.get(`/admin/api/media?q=e2e-${u}`);
  expect(picked.status()).toBe(200);
  expect((await picked.json()).items.map((i: { filename: string }) => i.filename)).toContain(`e2e-${u}.jpg`);

  // Something that is not an image is refused (415), and nothing is added.
  await page.getByLabel('Image file').setInputFiles({ name: `not-${u}.png`, mimeType: 'image/png', buffer: Buffer.from('not an image') });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.locator('#upload-file-error')).toContainText('not an image');

  // Clean up.
  await card.getByRole('button', { name: `Delete e2e-${u}.jpg` }).click();
  await expect(card).toHaveCount(0);
  await page.context().close();
});

test('an editor renames a tag they created and the public tag page shows it at once', async ({ browser }) => {
  test.setTimeout(90_000); // writes and publishes an article carrying the tag
  const page = await signedIn(browser, editor);
  acceptDialogs(page);
  const u = unique();
  const slug = `e2e-tag-${u}`;

  await page.goto('/admin/taxonomy');
  const create = page.getByRole('form', { name: 'Create a tag' });
  await create.getByLabel('Tag name').fill(`E2E tag ${u}`);
  await create.getByLabel('Tag slug').fill(slug);
  await create.getByRole('button', { name: 'Create tag' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created the tag “E2E tag ${u}”.` })).toBeVisible();

  // A tag with no published article has no public page.
  expect((await page.request.get(`/tag/${slug}`)).status()).toBe(404);

  // An article carrying it is published (through the editor's JSON API).
  const articleId = await writeArticle(page, `E2E tagged ${u}`, 'Filed under the new tag.');
  const origin = new URL(page.url()).origin;
  const editable = (await (await page.request.get(`/admin/api/articles/${articleId}`)).json()).article;
  const saved = await page.request.put(`/admin/api/articles/${articleId}`, {
    headers: { origin },
    data: { baseVersion: editable.version, input: { ...editable.input, tags: [`E2E tag ${u}`] } },
  });
  expect(saved.status()).toBe(200);
  const published = await page.request.post(`/admin/api/articles/${articleId}/transition`, {
    headers: { origin },
    data: { baseVersion: (await saved.json()).article.version, action: 'publish' },
  });
  expect(published.status()).toBe(200);

  // Readers see it (this also caches the public page with the old name).
  await page.goto(`/tag/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E tag ${u}`);

  await page.goto('/admin/taxonomy');
  const row = page.locator(`[data-testid="tag-row"][data-slug="${slug}"]`);
  await row.getByLabel(`Name of tag ${slug}`).fill(`E2E renamed ${u}`);
  await row.getByRole('button', { name: `Rename tag ${slug}` }).click();
  await expect(row.getByRole('status')).toHaveText(`Renamed the tag to “E2E renamed ${u}”.`);

  const renamedAt = Date.now();
  await expect.poll(async () => (await page.request.get(`/tag/${slug}`)).text(), { timeout: FRESH_MS, intervals: [100] }).toContain(`E2E renamed ${u}`);
  reportMs('rename-to-public', renamedAt);
  await page.goto(`/tag/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E renamed ${u}`);

  // Clean up.
  const live = (await (await page.request.get(`/admin/api/articles/${articleId}`)).json()).article;
  await page.request.post(`/admin/api/articles/${articleId}/transition`, { headers: { origin }, data: { baseVersion: live.version, action: 'unpublish' } });
  await page.goto('/admin/taxonomy');
  await row.getByRole('button', { name: `Delete tag ${slug}` }).click();
  await expect(row).toHaveCount(0);
  await page.context().close();
});

test('an editor creates a section, sees it in the public header, then deletes it; a duplicate slug keeps the text', async ({ browser }) => {
  const page = await signedIn(browser, editor);
  acceptDialogs(page);
  const u = unique();
  const slug = `e2e-section-${u}`;
  const name = `E2E section ${u}`;

  await page.goto('/admin/taxonomy');
  const create = page.getByRole('form', { name: 'Create a section' });
  await create.getByLabel('Section name').fill(name);
  await create.getByLabel('Section slug').fill(slug);
  await create.getByLabel('Section description').fill('Made by the e2e test');
  await create.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created the section “${name}”.` })).toBeVisible();
  const row = page.locator(`[data-testid="section-row"][data-slug="${slug}"]`);

  try {
    // Same slug again: a field error, and what was typed stays.
    await create.getByLabel('Section name').fill(`Another ${u}`);
    await create.getByLabel('Section slug').fill(slug);
    await create.getByRole('button', { name: 'Create section' }).click();
    await expect(create.locator('#new-section-slug-error')).toHaveText(`Slug “${slug}” is already used by the section “${name}”.`);
    await expect(create.getByLabel('Section slug')).toHaveAttribute('aria-invalid', 'true');
    await expect(create.getByLabel('Section name')).toHaveValue(`Another ${u}`);
    await expect(create.getByLabel('Section slug')).toHaveValue(slug);
    await expect(create.getByLabel('Section description')).toHaveValue('');

    // Readers see it in the header.
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })).toHaveAttribute('href', `/section/${slug}`);
  } finally {
    // Clean up (and check it is gone from the header).
    await page.goto('/admin/taxonomy');
    await row.getByRole('button', { name: `Delete section ${slug}` }).click();
    await expect(row).toHaveCount(0);
  }
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })).toHaveCount(0);
  await page.context().close();
});

test('a section with articles cannot be deleted', async ({ browser }) => {
  const page = await signedIn(browser, editor);
  await page.goto('/admin/taxonomy');
  // The first seeded section has articles; the delete is refused (nothing changes).
  const row = page.locator('[data-testid="section-row"]').filter({ hasNotText: ' 0 articles' }).first();
  const slug = await row.getAttribute('data-slug');
  page.on('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: `Delete section ${slug}` }).click();
  await expect(row.getByRole('alert')).toContainText('cannot be deleted');
  await expect(page.locator(`[data-testid="section-row"][data-slug="${slug}"]`)).toHaveCount(1);
  await page.context().close();
});

test('an author may not open the media library or the taxonomy pages (403)', async ({ browser }) => {
  const page = await signedIn(browser, author);
  for (const path of ['/admin/media', '/admin/taxonomy']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByTestId('forbidden')).toBeVisible();
  }
  const upload = await page.request.post('/admin/api/media/upload', { multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') } } });
  expect(upload.status()).toBe(403);
  await page.context().close();
});

test('the upload API answers 401, 403, 413 and 415 and stores nothing then', async ({ browser, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const png = { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') };
  expect((await anonymous.post('/admin/api/media/upload', { multipart: { file: png } })).status()).toBe(401);
  await anonymous.dispose();

  const page = await signedIn(browser, editor);
  const api = page.request;
  const crossSite = await api.post('/admin/api/media/upload', { multipart: { file: png }, headers: { Origin: 'https://evil.example.com' } });
  expect(crossSite.status()).toBe(403);
  const tooBig = await api.post('/admin/api/media/upload', {
    multipart: { file: { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) } },
  });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error).toContain('10 MB');
  const notImage = await api.post('/admin/api/media/upload', { multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('<html></html>') } } });
  expect(notImage.status()).toBe(415);
  expect((await api.get('/admin/api/media?q=big.jpg')).status()).toBe(200);
  await page.context().close();
});
