import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FETCH_BLOCKED_PORTS, freePort, portIsFree } from '../../tools/test-harness.ts';

// The script tests pick free ports for their servers; a port fetch() refuses
// ("bad port") made one CI run's instance look down for 120 s (4190).

/** Why fetch() fails on a port nothing listens on: "bad port" when it refuses the port itself. */
async function fetchFailure(port: number): Promise<string> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return 'answered';
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.message === 'bad port' ? 'bad port' : (cause?.code ?? String(cause?.message));
  }
}

test('every port on the list is one fetch() refuses, and none is ever offered', async () => {
  for (const port of FETCH_BLOCKED_PORTS) {
    assert.equal(await fetchFailure(port), 'bad port', `fetch refuses ${port}`);
    assert.equal(await portIsFree(port), false, `${port} is never offered`);
  }
});

test('the ranges the script tests use hold no other port fetch() refuses', async () => {
  for (const [from, to] of [
    [3600, 3699],
    [4100, 4199],
    [4200, 4299],
    [4550, 4599],
  ]) {
    for (let port = from; port <= to; port++) {
      if (!FETCH_BLOCKED_PORTS.has(port)) assert.notEqual(await fetchFailure(port), 'bad port', `${port} is blocked by fetch but not listed`);
    }
  }
});

test('freePort: inside the range, not taken twice, and never a blocked port', async () => {
  const taken = new Set<number>();
  const ports = [];
  for (let i = 0; i < 10; i++) ports.push(await freePort(4180, 4199, taken));
  assert.equal(new Set(ports).size, 10);
  assert.ok(ports.every((p) => p >= 4180 && p <= 4199 && p !== 4190));
  await assert.rejects(freePort(4190, 4190, new Set()), /no free port in 4190-4190/);
});
