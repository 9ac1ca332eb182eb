/**
 * Reading test reports for `npm test`'s summary (scripts/test.ts): which
 * tests failed, so the tail of a CI log names them. Pure functions, unit
 * tested in tests/unit/test-report.test.ts.
 */

/**
 * Failed tests in a node:test TAP report ("not ok N - name" at any depth), as
 * "name (file:line): first line of the error". A parent that failed only
 * because a subtest did is left out: the subtest is listed.
 */
export function tapFailures(tap: string): string[] {
  const lines = tap.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!m) return;
    // Its YAML block: the lines up to the "..." at the same indentation.
    const end = lines.findIndex((l, k) => k > i && l === `${m[1]}  ...`);
    const block = lines.slice(i + 1, end === -1 ? undefined : end);
    const field = (name: string) => {
      const at = block.findIndex((l) => l.startsWith(`${m[1]}  ${name}: `));
      if (at === -1) return undefined;
      const value = block[at].slice(`${m[1]}  ${name}: `.length);
      // A block scalar ("|-"): its first line follows.
      const text = /^[|>][-+]?$/.test(value) ? (block[at + 1] ?? '').trim() : value.replace(/^'(.*)'$/, '$1');
      return text.slice(0, 200);
    };
    if (field('failureType') === 'subtestsFailed') return;
    const location = field('location')
      ?.replace(/^.*\/(?=[^/]+:\d+:\d+$)/, '')
      .replace(/:\d+$/, '');
    const error = field('error');
    out.push(`${m[2]}${location ? ` (${location})` : ''}${error ? `: ${error}` : ''}`);
  });
  return out;
}

export interface PlaywrightSuite {
  title: string;
  specs?: { title: string; file?: string; line?: number; tests: { projectName?: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
}

/** Playwright tests of a JSON report with the given status ("unexpected", "flaky"), as "file:line title". */
export function playwrightTests(suites: PlaywrightSuite[], status: string): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => spec.tests.some((t) => t.status === status)).map((spec) => `${spec.file ?? suite.title}:${spec.line ?? '?'} ${spec.title}`),
    ...playwrightTests(suite.suites ?? [], status),
  ]);
}
