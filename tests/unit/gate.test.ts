import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGate, GateFullError } from '../../lib/server/gate.ts';

test('a gate runs at most `concurrency` tasks, queues `queue` more in order, and refuses the rest at once', async () => {
  const gate = createGate(`test-${Math.random()}`, () => ({ concurrency: 2, queue: 3 }));
  const release: (() => void)[] = [];
  const started: number[] = [];
  let peak = 0;
  const task = (i: number) =>
    gate.run(async () => {
      started.push(i);
      peak = Math.max(peak, gate.load().running);
      await new Promise<void>((resolve) => release.push(resolve));
      return i;
    });
  const runs = Array.from({ length: 7 }, (_, i) => task(i).catch((e: unknown) => e));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(gate.load(), { running: 2, waiting: 3 });
  assert.deepEqual(started, [0, 1]);
  // Tasks 5 and 6 found the queue full.
  for (const refused of await Promise.all(runs.slice(5))) assert.ok(refused instanceof GateFullError);
  while (release.length || gate.load().running) {
    release.shift()?.();
    await new Promise((r) => setImmediate(r));
  }
  assert.deepEqual(await Promise.all(runs.slice(0, 5)), [0, 1, 2, 3, 4]);
  assert.deepEqual(started, [0, 1, 2, 3, 4], 'first come, first served');
  assert.equal(peak, 2);
  assert.deepEqual(gate.load(), { running: 0, waiting: 0 });
});

test('a failing task frees its slot', async () => {
  const gate = createGate(`test-${Math.random()}`, () => ({ concurrency: 1, queue: 0 }));
  await assert.rejects(
    gate.run(() => Promise.reject(new Error('boom'))),
    /boom/,
  );
  assert.equal(await gate.run(async () => 'next'), 'next');
  assert.deepEqual(gate.load(), { running: 0, waiting: 0 });
});
