/** Password hashing (argon2id). The policy itself is in password-policy.ts. */
import argon2 from 'argon2';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

/**
 * Argon2 is deliberately expensive (tens of ms of CPU and 64 MiB each), so
 * this process runs at most ARGON2_CONCURRENCY (default 2) hashes or
 * verifications at once and lets at most ARGON2_QUEUE (default 32) more wait;
 * beyond that, PasswordBusyError (sign-in answers 503 with Retry-After).
 * That bounds the argon2 work per second of an instance whatever arrives.
 */
export class PasswordBusyError extends Error {
  constructor() {
    super('Too many password checks at once.');
    this.name = 'PasswordBusyError';
  }
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

// On globalThis: Next may bundle this module into several route bundles, and the limit is per process.
const GATE = Symbol.for('newsroom.argon2Gate');
type Gate = { running: number; waiting: (() => void)[] };
const gate: Gate = ((globalThis as Record<symbol, unknown>)[GATE] as Gate | undefined) ?? ((globalThis as Record<symbol, unknown>)[GATE] = { running: 0, waiting: [] } as Gate);

/** Runs `work` when a slot is free; refuses at once when the queue is full. */
export async function withPasswordSlot<T>(work: () => Promise<T>): Promise<T> {
  const concurrency = positiveInt(process.env.ARGON2_CONCURRENCY, 2);
  const queue = positiveInt(process.env.ARGON2_QUEUE, 32);
  if (gate.running >= concurrency) {
    if (gate.waiting.length >= queue) throw new PasswordBusyError();
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else {
    gate.running++;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter (running stays the same), or free it.
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running--;
  }
}

/** How many argon2 operations run and wait right now (for tests). */
export function passwordGateLoad(): { running: number; waiting: number } {
  return { running: gate.running, waiting: gate.waiting.length };
}

export function hashPassword(password: string): Promise<string> {
  return withPasswordSlot(() => argon2.hash(password, { type: argon2.argon2id }));
}

/** False (never throws, except PasswordBusyError) for a wrong password or a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return withPasswordSlot(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as verifying a real password, so that trying an
 * unknown email is not measurably faster than trying a known one.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= argon2.hash('not-a-real-password-' + Math.random(), { type: argon2.argon2id });
  await verifyPassword(await dummyHash, password);
  return false;
}
