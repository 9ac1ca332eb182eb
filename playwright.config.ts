/**
 * End-to-end tests (e2e/) against a production build served by `next start`
 * on port 3100 (E2E_PORT to change it). Run them through `npm test`, which creates, migrates and seeds
 * a throw-away database, builds the app if needed and sets DATABASE_URL.
 * Running `npx playwright test` by hand works too if DATABASE_URL points at a
 * migrated, seeded database and .next is built.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT: run several checkouts' e2e suites side by side (default 3100).
const PORT = Number(process.env.E2E_PORT) || 3100;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const isCI = Boolean(process.env.CI);

if (!process.env.DATABASE_URL) {
  console.warn('playwright.config.ts: DATABASE_URL is not set; the app under test needs one (use `npm test`).');
}

/** process.env without undefined values, as webServer.env wants it. */
const env: Record<string, string> = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));

const chromiumLaunch = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Journeys of a dozen page loads: on a 2-core machine running the server, the database and two browsers, 30 s was too tight.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT || 'test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /cache-survival/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      // Measures the cache across a publish: runs alone, after every other spec.
      name: 'after-all',
      testMatch: /cache-survival/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
  ],
  webServer: {
    command: `npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The specs act as the proxy in front: X-Forwarded-For from loopback is
    // believed, so specs that send one (sign-in failures, fuzzing) get sign-in
    // limits of their own address instead of using up the one of every spec.
    // (npm run test:abuse checks that it is not believed without this.)
    env: { TRUSTED_PROXIES: '127.0.0.1,::1', ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT) },
  },
});
