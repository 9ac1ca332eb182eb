/**
 * npm test — static checks first, then every test suite, each against databases
 * it creates itself:
 *
 *   1. static       npm run typecheck (tsc), npm run lint (ESLint) and
 *                   npm run format:check (Prettier), one summary row each; if
 *                   any fails, the test suites are skipped (fast failure: a
 *                   type error breaks the build the e2e tests need anyway)
 *   2. unit         node --test tests/unit/*.test.ts (no database)
 *   3. integration  node --test tests/integration/*.test.ts, one file at a time;
 *                   TEST_DATABASE_ADMIN_URL points at a server where each test
 *                   creates (and drops) its own databases: the server of
 *                   DATABASE_URL if set, else a throw-away embedded PostgreSQL
 *                   (.data/test-postgres, wiped afterwards)
 *   4. e2e          a fresh database newsroom_e2e_<random> on the same server,
 *                   migrated and seeded; `next build` if .next is stale; then
 *                   Playwright (e2e/, `next start -p 3100`); the database is dropped
 *   5. multi        two instances sharing caches through Redis
 *                   (scripts/test-multi-instance.ts), when Redis answers
 *   6. abuse        sign-in limits (spoofed X-Forwarded-For, bursts), huge
 *                   bodies, pixel bombs, search caching, media filenames
 *                   against two `next start` instances
 *                   (scripts/test-abuse-limits.ts, ports 4550-4599)
 *   7. health       /healthz and /readyz, SIGTERM of instances under load
 *                   behind a proxy, a database outage and recovery
 *                   (scripts/test-health.ts, its own throw-away PostgreSQL
 *                   and ports 4200-4299)
 *   8. stack        Varnish in front of two instances, purged by surrogate key
 *                   (scripts/test-stack.ts), when varnishd is installed
 *
 * `npm test -- --only=static,unit,integration` runs only the parts named
 * (static, unit, integration, e2e, multi, abuse, health, stack); .ci/run
 * uses it for its second pass, on an external PostgreSQL server.
 *
 * Ends with one line "N passed, N failed" (tests counted across all suites,
 * each static check as one) and exits non-zero if anything failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { adminUrlFor, describeUrl, dropDatabase, ensureDatabase, REPO_ROOT, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from '../tools/db/embedded/index.ts';
import { prepareDatabase, reportFatal, runMain } from '../tools/db/prepare.ts';
import { findVarnishd } from '../tools/stack.ts';
import { reachable } from '../tools/test-harness.ts';
import { playwrightTests, tapFailures, type PlaywrightSuite } from '../tools/test-report.ts';
import { buildApp, waitForExit } from './start.ts';

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

interface PartResult {
  name: string;
  passed: number;
  failed: number;
  note?: string;
  /** Names of the tests that failed (or were flaky), repeated under the summary so a log's tail says which. */
  failures?: string[];
}

const PARTS = ['static', 'unit', 'integration', 'e2e', 'multi', 'abuse', 'health', 'stack'] as const;
type Part = (typeof PARTS)[number];
/** The parts that run against a database server. */
const DATABASE_PARTS: Part[] = ['integration', 'e2e', 'multi', 'abuse', 'health', 'stack'];

/** The parts `--only=a,b` names (every part without it); exits on an unknown name. */
function selectedParts(argv: string[]): Set<Part> {
  const arg = argv.find((a) => a.startsWith('--only='));
  if (!arg) return new Set(PARTS);
  const names = arg.slice('--only='.length).split(',').filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) {
    console.error(`--only: unknown part ${unknown.join(', ') || '(none)'}; the parts are ${PARTS.join(', ')}`);
    process.exit(2);
  }
  return new Set(names as Part[]);
}

const only = selectedParts(process.argv.slice(2));

const results: PartResult[] = [];
let current: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;

function log(message: string): void {
  console.log(message);
}

function heading(title: string): void {
  log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function listFiles(dir: string, pattern: RegExp, recursive: boolean): string[] {
  const root = path.join(REPO_ROOT, dir);
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (recursive && entry.name !== 'node_modules') walk(full);
      } else if (pattern.test(entry.name)) out.push(path.relative(REPO_ROOT, full));
    }
  };
  walk(root);
  return out.sort();
}

/** Environment for test processes: never the caller's DATABASE_URL unless asked for. */
function testEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.DATABASE_URL;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  current = spawn(command, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
  const { code, signal } = await waitForExit(current);
  current = undefined;
  return signal ? 128 + (os.constants.signals[signal] ?? 1) : (code ?? 1);
}

/** Runs node's test runner; reads the counts from a TAP copy of its report. */
async function nodeTests(name: string, files: string[], extraArgs: string[], env: NodeJS.ProcessEnv): Promise<PartResult> {
  const tapFile = path.join(os.tmpdir(), `newsroom-${name}-${process.pid}.tap`);
  fs.rmSync(tapFile, { force: true });
  const args = [
    '--import',
    'tsx',
    '--test',
    ...extraArgs,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  const code = await run(process.execPath, args, env);
  let tap = '';
  try {
    tap = fs.readFileSync(tapFile, 'utf8');
  } catch {
    // runner crashed before reporting
  }
  fs.rmSync(tapFile, { force: true });
  const count = (label: string) => {
    const matches = [...tap.matchAll(new RegExp(`^# ${label} (\\d+)$`, 'gm'))];
    return matches.length ? Number(matches[matches.length - 1][1]) : 0;
  };
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  let note: string | undefined;
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = `test runner exited with code ${code}`;
  }
  return { name, passed, failed, note, failures: tapFailures(tap) };
}

/** The npm scripts of the static checks, in the order they run. */
const STATIC_CHECKS = [
  { script: 'typecheck', fix: 'fix the type errors above' },
  { script: 'lint', fix: 'fix the problems above' },
  { script: 'format:check', fix: 'run npm run format' },
];

/** Static checks: one row each (1 passed or 1 failed). They all run, so one run shows every kind of problem. */
async function staticChecks(): Promise<PartResult[]> {
  heading('Static checks');
  const out: PartResult[] = [];
  for (const { script, fix } of STATIC_CHECKS) {
    if (interrupted) break;
    log(`\n$ npm run ${script}`);
    const started = Date.now();
    const code = await run('npm', ['run', '--silent', script], testEnv({}));
    const seconds = Math.round((Date.now() - started) / 1000);
    if (code === 0) log(`${script}: passed (${seconds} s)`);
    out.push(code === 0 ? { name: script, passed: 1, failed: 0 } : { name: script, passed: 0, failed: 1, note: `exited with code ${code}: ${fix}` });
  }
  return out;
}

async function unitTests(): Promise<PartResult> {
  heading('Unit tests');
  const files = listFiles('tests/unit', /\.test\.ts$/, false);
  if (files.length === 0) {
    log('No unit tests (tests/unit/*.test.ts); skipping.');
    return { name: 'unit', passed: 0, failed: 0, note: 'none' };
  }
  return nodeTests('unit', files, [], testEnv({}));
}

async function canConnect(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

async function integrationTests(adminUrl: string): Promise<PartResult> {
  heading('Integration tests');
  const files = listFiles('tests/integration', /\.test\.ts$/, false);
  if (files.length === 0) {
    log('No integration tests (tests/integration/*.test.ts); skipping.');
    return { name: 'integration', passed: 0, failed: 0, note: 'none' };
  }
  return nodeTests('integration', files, ['--test-concurrency=1'], testEnv({ TEST_DATABASE_ADMIN_URL: adminUrl }));
}

function chromiumAvailable(): boolean {
  if (fs.existsSync(SYSTEM_CHROMIUM)) return true;
  try {
    // A browser installed by `npx playwright install chromium` works too.
    const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

async function e2eTests(adminUrl: string): Promise<PartResult> {
  heading('End-to-end tests');
  const specs = listFiles('e2e', /\.(spec|test)\.[cm]?[jt]sx?$/, true);
  if (specs.length === 0) {
    log('No end-to-end tests (e2e/*.spec.ts); skipping.');
    return { name: 'e2e', passed: 0, failed: 0, note: 'none' };
  }
  if (!chromiumAvailable()) {
    log(`Chromium is not installed (${SYSTEM_CHROMIUM}). Install it with: apt-get install -y chromium`);
    return { name: 'e2e', passed: 0, failed: 1, note: 'Chromium missing: apt-get install -y chromium' };
  }

  const database = `newsroom_e2e_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(adminUrl, database);
  await ensureDatabase(adminUrl, database);
  const reportFile = path.join(os.tmpdir(), `newsroom-e2e-${process.pid}.json`);
  fs.rmSync(reportFile, { force: true });
  try {
    try {
      await prepareDatabase({ databaseUrl: url, handleSignals: false, log, demo: true });
    } catch (err) {
      reportFatal(err);
      return { name: 'e2e', passed: 0, failed: 1, note: `preparing the database failed: ${(err as Error).message.split('\n')[0]}` };
    }
    if (interrupted) return { name: 'e2e', passed: 0, failed: 0, note: 'interrupted' };

    const env = testEnv({ DATABASE_URL: url });
    try {
      await buildApp(env, { onSpawn: (c) => (current = c) });
    } catch (err) {
      log((err as Error).message);
      return { name: 'e2e', passed: 0, failed: 1, note: 'next build failed' };
    } finally {
      current = undefined;
    }
    if (interrupted) return { name: 'e2e', passed: 0, failed: 0, note: 'interrupted' };

    const cli = require.resolve('@playwright/test/cli');
    const code = await run(process.execPath, [cli, 'test'], { ...env, E2E_JSON_REPORT: reportFile });
    let passed = 0;
    let failed = 0;
    let note: string | undefined;
    let failures: string[] = [];
    try {
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
        suites?: PlaywrightSuite[];
      };
      passed = report.stats.expected + report.stats.flaky;
      failed = report.stats.unexpected;
      if (report.stats.flaky) note = `${report.stats.flaky} flaky (passed on retry)`;
      failures = [...playwrightTests(report.suites ?? [], 'unexpected'), ...playwrightTests(report.suites ?? [], 'flaky').map((t) => `${t} (flaky: passed on retry)`)];
    } catch {
      note = 'no Playwright report';
    }
    if (code !== 0 && failed === 0) {
      failed = 1;
      note = `Playwright exited with code ${code}${note ? `; ${note}` : ''}`;
    }
    return { name: 'e2e', passed, failed, note, failures };
  } finally {
    fs.rmSync(reportFile, { force: true });
    await dropDatabase(adminUrl, database).catch((err) => log(`Could not drop ${database}: ${(err as Error).message}`));
  }
}

/** Two instances sharing caches through Redis (scripts/test-multi-instance.ts), when Redis is there. */
async function multiInstanceTests(adminUrl: string): Promise<PartResult> {
  heading('Multi-instance test (Redis)');
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await reachable(redisUrl))) {
    log(`No Redis at ${redisUrl}: skipping (start Redis or set REDIS_URL to run it).`);
    return { name: 'multi', passed: 0, failed: 0, note: 'skipped: no Redis' };
  }
  return scriptPart('multi', 'scripts/test-multi-instance.ts', testEnv({ TEST_DATABASE_ADMIN_URL: adminUrl }));
}

/** Health endpoints, graceful shutdown under load and a database outage (scripts/test-health.ts; its own throw-away PostgreSQL). */
async function healthTests(): Promise<PartResult> {
  heading('Health and shutdown');
  return scriptPart('health', 'scripts/test-health.ts', testEnv({}));
}

/** Sign-in limits, body, upload and cache-filling limits against `next start` (scripts/test-abuse-limits.ts). */
async function abuseTests(adminUrl: string): Promise<PartResult> {
  heading('Abuse limits');
  return scriptPart('abuse', 'scripts/test-abuse-limits.ts', testEnv({ TEST_DATABASE_ADMIN_URL: adminUrl }));
}

/** Runs a test script that ends with "N passed, N failed" and reads the counts from it. */
async function scriptPart(name: string, script: string, env: NodeJS.ProcessEnv): Promise<PartResult> {
  current = spawn('npx', ['tsx', script], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  current.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  const { code } = await waitForExit(current);
  current = undefined;
  const counts = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  const passed = counts ? Number(counts[1]) : 0;
  const failed = counts ? Number(counts[2]) : 0;
  return { name, passed, failed: code === 0 ? failed : Math.max(failed, 1), note: code === 0 ? undefined : `exited with ${code}` };
}

/** Varnish in front of two instances, purged by key (scripts/test-stack.ts), when varnishd is installed. */
async function stackTests(adminUrl: string): Promise<PartResult> {
  heading('Stack test (Varnish)');
  if (!findVarnishd()) {
    log('varnishd is not installed: skipping (apt-get install -y varnish varnish-modules to run it).');
    return { name: 'stack', passed: 0, failed: 0, note: 'skipped: no varnishd' };
  }
  return scriptPart('stack', 'scripts/test-stack.ts', testEnv({ TEST_DATABASE_ADMIN_URL: adminUrl }));
}

async function main(): Promise<number> {
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = signal;
    current?.kill(signal);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);

  const started = Date.now();
  const checks = only.has('static') ? await staticChecks() : [];
  results.push(...checks);
  const staticFailed = checks.some((r) => r.failed > 0);
  if (staticFailed && !interrupted) {
    log('\nStatic checks failed: stopping here, before the unit, integration, end-to-end, multi-instance, abuse, health and stack tests.');
    for (const name of PARTS.filter((p) => p !== 'static' && only.has(p))) results.push({ name, passed: 0, failed: 0, note: 'skipped: static checks failed' });
  }
  if (!staticFailed && !interrupted && only.has('unit')) results.push(await unitTests());
  const needsDatabase = DATABASE_PARTS.some((p) => only.has(p));

  let server: EmbeddedServer | undefined;
  try {
    if (!staticFailed && !interrupted && needsDatabase) {
      let adminUrl: string;
      heading('Test database server');
      if (process.env.DATABASE_URL) {
        adminUrl = adminUrlFor(process.env.DATABASE_URL);
        log(`Using the server of DATABASE_URL: ${describeUrl(adminUrl)} (tests create and drop their own databases there)`);
      } else {
        server = await startEmbeddedPostgres({ mode: 'test', handleSignals: false, log });
        adminUrl = server.adminUrl;
        log(`Embedded PostgreSQL on port ${server.port} (${path.relative(REPO_ROOT, server.dataDir)}, removed afterwards)`);
      }
      const problem = await canConnect(adminUrl);
      if (problem) {
        log(`Cannot connect to ${describeUrl(adminUrl)}: ${problem}`);
        results.push({ name: 'integration', passed: 0, failed: 1, note: 'no database server' });
      } else {
        if (only.has('integration')) results.push(await integrationTests(adminUrl));
        if (!interrupted && only.has('e2e')) results.push(await e2eTests(adminUrl));
        if (!interrupted && only.has('multi')) results.push(await multiInstanceTests(adminUrl));
        if (!interrupted && only.has('abuse')) results.push(await abuseTests(adminUrl));
        if (!interrupted && only.has('health')) results.push(await healthTests());
        if (!interrupted && only.has('stack')) results.push(await stackTests(adminUrl));
      }
    }
  } catch (err) {
    reportFatal(err);
    results.push({ name: 'setup', passed: 0, failed: 1, note: (err as Error).message.split('\n')[0] });
  } finally {
    await server?.stop();
  }

  heading('Summary');
  if (only.size < PARTS.length) log(`  only: ${[...only].join(', ')}`);
  for (const r of results) {
    log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed${r.note ? `   (${r.note})` : ''}`);
    for (const f of r.failures ?? []) log(`      ✖ ${f}`);
  }
  if (interrupted) log(`  interrupted by ${interrupted}`);
  log(`  ${Math.round((Date.now() - started) / 1000)} s`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0) + (interrupted ? 1 : 0);
  log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

runMain(main);
