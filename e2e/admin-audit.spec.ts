/**
 * The audit log at /admin/audit: an admin sees their own sign-in, a failed
 * sign-in with its address, a publish and a user they created; the person,
 * action and day filters narrow the list; there is nothing to edit; editors
 * cannot open it.
 */
import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { signIn, signedIn, unique, writeArticle } from './support.ts';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
const EDITOR = DEMO_STAFF.find((s) => s.role === 'EDITOR')!;

test('an admin sees their sign-in, a failed sign-in, a publish and a new user in the audit log, and filters it', async ({ browser }) => {
  test.setTimeout(90_000);
  const id = unique();
  const title = `Audit trail for the harbour vote ${id}`;
  const stranger = `nobody-${id}@example.test`;

  // A failed sign-in from a "proxied" address (a random one: sign-in failures are rate limited per address).
  const address = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address } });
  const failing = await context.newPage();
  await signIn(failing, stranger, 'not the password');
  await expect(failing.getByRole('main').getByRole('alert')).toHaveText('Incorrect email or password.', { timeout: 15_000 });
  await context.close();

  const page = await signedIn(browser, ADMIN);
  await writeArticle(page, title, 'The vote is on Monday.');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toContainText('Published');

  const email = `audit-${id}@newsroom.test`;
  await page.goto('/admin/users');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill('Audit Reporter');
  await page.getByLabel('Initial password').fill('first-password-1');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created ${email}.` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  const rows = page.getByRole('row');

  const published = rows.filter({ hasText: title });
  await expect(published).toHaveCount(1);
  await expect(published).toContainText('Published');
  await expect(published).toContainText(ADMIN.email);
  const created = rows.filter({ hasText: email });
  await expect(created).toContainText('Created a user');
  await expect(created).toContainText('role: AUTHOR');
  const failed = rows.filter({ hasText: stranger });
  await expect(failed).toContainText('Sign-in failed');
  await expect(failed).toContainText(address);
  await expect(failed).toContainText('wrong email or password');
  await expect(rows.filter({ hasText: 'Signed in' }).filter({ hasText: ADMIN.email }).first()).toBeVisible();
  // Newest first: the user was created after the publish.
  const order = await rows.evaluateAll((trs, [a, b]) => [trs.findIndex((tr) => tr.textContent!.includes(a)), trs.findIndex((tr) => tr.textContent!.includes(b))], [email, title]);
  expect(order[0]).toBeLessThan(order[1]);
  // Read-only: no forms or buttons in the table.
  await expect(page.getByRole('table').getByRole('button')).toHaveCount(0);

  // Filter: action.
  await page.getByLabel('Action').selectOption({ label: 'Published' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/action=article\.publish/);
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows.filter({ hasText: email })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Signed in' })).toHaveCount(0);

  // Filter: person (the editor published nothing of ours).
  await page.getByLabel('Person').selectOption({ label: `${EDITOR.name} (${EDITOR.email})` });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/person=/);
  await expect(rows.filter({ hasText: title })).toHaveCount(0);
  await page.getByLabel('Person').selectOption({ label: `${ADMIN.name} (${ADMIN.email})` });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(rows.filter({ hasText: title })).toHaveCount(1);

  // Filter: days. Today (in any zone the newsroom may use) includes it; a day next year does not.
  const today = new Date();
  const day = (d: Date) => d.toISOString().slice(0, 10);
  await page.getByLabel('From (day)').fill(day(new Date(today.getTime() - 86_400_000)));
  await page.getByLabel('To (day)').fill(day(new Date(today.getTime() + 86_400_000)));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await page.getByLabel('From (day)').fill(`${today.getUTCFullYear() + 1}-01-01`);
  await page.getByLabel('To (day)').fill('');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status')).toHaveText('No entries match these filters.');

  // Garbage in the query string is ignored, never an error.
  const res = await page.goto('/admin/audit?person=x&action=%27%3B--&from=2026-99-99&to=nope&cursor=%%%');
  expect(res?.status()).toBe(200);
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await page.context().close();
});

test('sign-out is recorded', async ({ browser }) => {
  const page = await signedIn(browser, ADMIN);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/audit?action=auth.sign-out');
  await expect(page.getByRole('row').filter({ hasText: 'Signed out' }).filter({ hasText: ADMIN.email }).first()).toBeVisible();
  await page.context().close();
});

test('editors cannot open the audit log, and have no link to it', async ({ browser, request }) => {
  const page = await signedIn(browser, EDITOR);
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/admin/audit');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.context().close();

  // Nobody signed in: sent to sign in.
  const anonymous = await request.get('/admin/audit', { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(anonymous.status());
  expect(anonymous.headers().location).toContain('/admin/login');
});
