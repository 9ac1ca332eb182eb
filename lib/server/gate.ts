/**
 * A per-process concurrency gate: at most `concurrency` tasks run at once,
 * at most `queue` more wait (first come, first served), and beyond that
 * GateFullError is thrown at once instead of piling up work. Used to bound
 * CPU- and memory-heavy work (argon2, image decoding). Gates live on
 * globalThis because Next may bundle a module into several route bundles,
 * and the limit is per process.
 */
export class GateFullError extends Error {
  constructor(readonly gate: string) {
    super(`Too many ${gate} operations at once.`);
    this.name = 'GateFullError';
  }
}

type State = { running: number; waiting: (() => void)[] };

export type Gate = {
  run<T>(work: () => Promise<T>): Promise<T>;
  load(): { running: number; waiting: number };
};

/** `limits` is read on every call, so environment variables can change them (tests). */
export function createGate(name: string, limits: () => { concurrency: number; queue: number }): Gate {
  const key = Symbol.for(`newsroom.gate.${name}`);
  const g = globalThis as Record<symbol, unknown>;
  const state = (g[key] ??= { running: 0, waiting: [] }) as State;
  return {
    async run(work) {
      const { concurrency, queue } = limits();
      if (state.running >= concurrency) {
        if (state.waiting.length >= queue) throw new GateFullError(name);
        await new Promise<void>((resolve) => state.waiting.push(resolve));
      } else {
        state.running++;
      }
      try {
        return await work();
      } finally {
        // Hand the slot straight to the next waiter (running stays the same), or free it.
        const next = state.waiting.shift();
        if (next) next();
        else state.running--;
      }
    },
    load: () => ({ running: state.running, waiting: state.waiting.length }),
  };
}

/** A positive integer from an environment variable, else `fallback`. */
export function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
