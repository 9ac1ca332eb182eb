import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playwrightTests, tapFailures } from '../../tools/test-report.ts';

// npm test's summary names the tests that failed (tools/test-report.ts), so
// the tail of a CI log says which one without the whole output.

const TAP = `TAP version 13
# Subtest: ok one
ok 1 - ok one
  ---
  duration_ms: 1.394014
  ...
# Subtest: group
    # Subtest: inner fails
    not ok 1 - inner fails
      ---
      duration_ms: 0.391655
      location: '/work/main/tests/integration/metrics.test.ts:4:38'
      failureType: 'testCodeFailure'
      error: |-
        first line
        second line
      code: 'ERR_TEST_FAILURE'
      ...
    1..1
not ok 2 - group
  ---
  duration_ms: 0.912678
  location: '/work/main/tests/integration/metrics.test.ts:4:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: equal fails
not ok 3 - equal fails
  ---
  duration_ms: 1.351513
  location: '/work/main/tests/integration/redirects-feeds.test.ts:234:10'
  failureType: 'testCodeFailure'
  error: 'two batches took 19 transactions'
  code: 'ERR_ASSERTION'
  ...
# Subtest: no details
not ok 4 - no details
1..4
# pass 1
# fail 3
`;

test('TAP: each failed test with its file, line and first error line; a parent failing only through a subtest is left out', () => {
  assert.deepEqual(tapFailures(TAP), ['inner fails (metrics.test.ts:4): first line', 'equal fails (redirects-feeds.test.ts:234): two batches took 19 transactions', 'no details']);
  assert.deepEqual(tapFailures('TAP version 13\nok 1 - fine\n1..1\n'), []);
});

test('Playwright JSON: failed and flaky specs at any depth, as file:line title', () => {
  const suites = [
    {
      title: 'admin-site.spec.ts',
      specs: [
        { title: 'saves settings', file: 'admin-site.spec.ts', line: 238, tests: [{ status: 'unexpected' }] },
        { title: 'lists users', file: 'admin-site.spec.ts', line: 12, tests: [{ status: 'expected' }] },
      ],
      suites: [{ title: 'nested', specs: [{ title: 'retried', file: 'admin-site.spec.ts', line: 300, tests: [{ status: 'flaky' }] }] }],
    },
  ];
  assert.deepEqual(playwrightTests(suites, 'unexpected'), ['admin-site.spec.ts:238 saves settings']);
  assert.deepEqual(playwrightTests(suites, 'flaky'), ['admin-site.spec.ts:300 retried']);
  assert.deepEqual(playwrightTests([], 'unexpected'), []);
});
