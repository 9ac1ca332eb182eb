/**
 * Newsroom admin: signing in and out, rate limiting, roles.
 *
 * Uses the demo staff that the seed creates (tools/seed/demo-staff.ts). Tests
 * that fail sign-ins on purpose use their own email and client address
 * (X-Forwarded-For), so the rate limits never lock out the demo accounts or
 * the address other tests sign in from.
 */
import { expect, test, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { DEMO_STAFF } from '../tools/seed/demo-staff.ts';
import { signIn, signedIn, unique } from './support.ts';

const ADMIN = DEMO_STAFF.find((s) => s.role === 'ADMIN')!;
const AUTHOR = DEMO_STAFF.find((s) => s.role === 'AUTHOR')!;

const randomAddress = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

async function signedInContext(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const page = await signedIn(browser, { email, password });
  return { context: page.context(), page };
}

test('an administrator signs in and sees the dashboard and users; admin pages are private and not indexed', async ({ page }) => {
  const anonymous = await page.request.get('/admin', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()['location']).toBe('/admin/login');

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'What you can do' })).toContainText('Manage staff accounts and roles');

  const cookie = (await page.context().cookies()).find((c) => c.name === 'newsroom_session');
  expect(cookie, 'session cookie').toBeTruthy();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.path).toBe('/');

  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['cache-control']).toContain('private');
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['x-robots-tag']).toBe('noindex');
  for (const member of DEMO_STAFF) await expect(page.getByRole('cell', { name: member.email, exact: true })).toBeVisible();
});

test('signing in from a protected page comes back to it', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fusers$/);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
});

test('a wrong password shows an error and does not sign in', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomAddress() } });
  const page = await context.newPage();
  await signIn(page, ADMIN.email, 'not-the-password');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Incorrect email or password.');
  await expect(page).toHaveURL(/\/admin\/login/);
  await expect(page.getByLabel('Email')).toHaveValue(ADMIN.email);
  expect((await context.cookies()).some((c) => c.name === 'newsroom_session')).toBe(false);
  // Clear the failure for the demo account by signing in properly.
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await context.close();
});

test('repeated failures are rate limited with a clear message and HTTP 429', async ({ browser }) => {
  const email = `e2e-ratelimit-${unique()}@newsroom.test`;
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomAddress() } });
  const page = await context.newPage();
  await page.goto('/admin/login');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/admin/api/sign-in'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await answer).status(), `attempt ${i + 1}`).toBe(401);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Incorrect email or password.');
  }
  await page.getByLabel('Password').fill('wrong-password-again');
  const answer = page.waitForResponse((r) => r.url().endsWith('/admin/api/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  const limited = await answer;
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
  await context.close();
});

test('an author cannot open the users page (403) or the users API', async ({ browser }) => {
  const { context, page } = await signedInContext(browser, AUTHOR.email, AUTHOR.password);
  await expect(page.getByRole('list', { name: 'What you can do' })).not.toContainText('Publish');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' })).toHaveCount(0);

  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
  await expect(page.getByText('Error 403')).toBeVisible();

  const api = await page.request.get('/admin/api/users');
  expect(api.status()).toBe(403);
  const anonymousApi = await (await browser.newContext()).request.get(`${new URL(page.url()).origin}/admin/api/users`);
  expect(anonymousApi.status()).toBe(401);
  await context.close();
});

/**
 * Lets the administrator's browser build a real server-action request, captures
 * it without letting it reach the server, and returns it for replaying.
 */
async function captureAction(page: Page, submit: () => Promise<void>): Promise<{ headers: Record<string, string>; body: Buffer }> {
  let captured: Request | undefined;
  await page.route('**/admin/users', async (route) => {
    if (route.request().method() === 'POST') {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute('**/admin/users');
  const headers = Object.fromEntries(Object.entries(await captured!.allHeaders()).filter(([name]) => !['cookie', 'content-length', 'host'].includes(name.toLowerCase())));
  return { headers, body: captured!.postDataBuffer()! };
}

test('crafted server-action posts without the right role change nothing', async ({ browser }) => {
  const admin = await signedInContext(browser, ADMIN.email, ADMIN.password);
  await admin.page.goto('/admin/users');

  // 1. "Create user", built by the admin's page.
  const newEmail = `e2e-crafted-${unique()}@newsroom.test`;
  const create = await captureAction(admin.page, async () => {
    await admin.page.getByLabel('Email').fill(newEmail);
    await admin.page.getByLabel('Name').fill('Crafted');
    await admin.page.getByLabel('Initial password').fill('crafted-password-1');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('ADMIN');
    await admin.page.getByRole('button', { name: 'Create user' }).click();
  });

  // 2. "Make the author an administrator", built by the admin's page.
  await admin.page.goto('/admin/users'); // the aborted action left the page in an error state
  const authorRow = admin.page.locator(`tr[data-email="${AUTHOR.email}"]`);
  const promote = await captureAction(admin.page, async () => {
    await authorRow.getByRole('combobox', { name: `Role of ${AUTHOR.email}` }).selectOption('ADMIN');
    await authorRow.getByRole('button', { name: `Change role of ${AUTHOR.email}` }).click();
  });

  const author = await signedInContext(browser, AUTHOR.email, AUTHOR.password);
  const anonymous = await browser.newContext();
  const origin = new URL(admin.page.url()).origin;
  for (const action of [create, promote]) {
    const asAuthor = await author.context.request.post(`${origin}/admin/users`, { headers: action.headers, data: action.body });
    expect(await asAuthor.text()).toContain('You do not have permission to do this.');
    const asNobody = await anonymous.request.post(`${origin}/admin/users`, { headers: action.headers, data: action.body });
    expect(await asNobody.text()).toContain('You are not signed in');
  }

  const { users } = (await (await admin.page.request.get('/admin/api/users')).json()) as { users: { email: string; role: string }[] };
  expect(
    users.find((u) => u.email === newEmail),
    'no user was created',
  ).toBeUndefined();
  expect(users.find((u) => u.email === AUTHOR.email)?.role, 'the author is still an author').toBe('AUTHOR');

  await Promise.all([admin.context.close(), author.context.close(), anonymous.close()]);
});

test('an administrator creates a user; errors name the field and keep what was typed; the user changes their password', async ({ browser }) => {
  test.setTimeout(90_000); // seven argon2 hashes and checks (four sign-ins, a new user, a password change)
  const admin = await signedInContext(browser, ADMIN.email, ADMIN.password);
  const page = admin.page;
  await page.goto('/admin/users');
  const email = `e2e-new-${unique()}@newsroom.test`;

  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Name').fill('New Reporter');
  await page.getByLabel('Initial password').fill('short');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('main').getByRole('alert').first()).toHaveText('The user was not created. Check the fields below.');
  await expect(page.getByText('Email must be a valid email address.')).toBeVisible();
  await expect(page.getByText('Password must be at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name')).toHaveValue('New Reporter');
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Initial password').fill('first-password-1');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created ${email}.` })).toBeVisible();
  await expect(page.locator(`tr[data-email="${email}"]`)).toContainText('Author');

  // The new user signs in twice (two browsers), changes the password in one:
  // the other is signed out.
  const first = await signedInContext(browser, email, 'first-password-1');
  const second = await signedInContext(browser, email, 'first-password-1');
  await first.page.goto('/admin/account');
  await first.page.getByLabel('Current password').fill('wrong-current-password');
  await first.page.getByLabel('New password', { exact: true }).fill('second-password-2');
  await first.page.getByLabel('Repeat the new password').fill('second-password-2');
  await first.page.getByRole('button', { name: 'Change password' }).click();
  await expect(first.page.getByText('Current password is incorrect.')).toBeVisible();

  await first.page.getByLabel('Current password').fill('first-password-1');
  await first.page.getByLabel('New password', { exact: true }).fill('second-password-2');
  await first.page.getByLabel('Repeat the new password').fill('second-password-2');
  await first.page.getByRole('button', { name: 'Change password' }).click();
  await expect(first.page.getByRole('status')).toContainText('Your password was changed.');

  await first.page.goto('/admin');
  await expect(first.page).toHaveURL(/\/admin$/);
  await second.page.goto('/admin');
  await expect(second.page).toHaveURL(/\/admin\/login/);

  // Disabling the user signs them out too.
  await page.reload();
  await page
    .locator(`tr[data-email="${email}"]`)
    .getByRole('button', { name: `Disable ${email}` })
    .click();
  await expect(page.locator(`tr[data-email="${email}"]`)).toContainText('Disabled');
  await first.page.goto('/admin');
  await expect(first.page).toHaveURL(/\/admin\/login/);

  await Promise.all([admin.context.close(), first.context.close(), second.context.close()]);
});

test('signing out ends the session', async ({ browser }) => {
  const { context, page } = await signedInContext(browser, ADMIN.email, ADMIN.password);
  const token = (await context.cookies()).find((c) => c.name === 'newsroom_session')!.value;
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  expect((await context.cookies()).some((c) => c.name === 'newsroom_session')).toBe(false);

  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login$/);

  // The old cookie is dead on the server too.
  const replay = await browser.newContext();
  await replay.addCookies([{ name: 'newsroom_session', value: token, url: new URL(page.url()).origin }]);
  const res = await replay.request.get(`${new URL(page.url()).origin}/admin`, { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  await Promise.all([context.close(), replay.close()]);
});
