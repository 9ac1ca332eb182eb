/** Password hashing (argon2id). The policy itself is in password-policy.ts. */
import argon2 from 'argon2';
import { createGate, envInt } from '../server/gate';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

/**
 * Argon2 is deliberately expensive (tens of ms of CPU and 64 MiB each), so
 * this process runs at most ARGON2_CONCURRENCY (default 2) hashes or
 * verifications at once and lets at most ARGON2_QUEUE (default 32) more wait;
 * beyond that GateFullError (sign-in answers 503 with Retry-After). That
 * bounds the argon2 work per second of an instance whatever arrives.
 */
const argon2Gate = createGate('argon2', () => ({ concurrency: envInt('ARGON2_CONCURRENCY', 2), queue: envInt('ARGON2_QUEUE', 32) }));

/** Runs `work` in the argon2 gate. */
export const withPasswordSlot = <T>(work: () => Promise<T>) => argon2Gate.run(work);

/** How many argon2 operations run and wait right now (for tests). */
export const passwordGateLoad = () => argon2Gate.load();

export function hashPassword(password: string): Promise<string> {
  return withPasswordSlot(() => argon2.hash(password, { type: argon2.argon2id }));
}

/** False (never throws, except GateFullError) for a wrong password or a malformed hash. */
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
