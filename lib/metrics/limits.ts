/**
 * Per-client limits of the counting endpoints, in memory per instance (ADR
 * 018): counts are statistics, not money, so an instance-local fixed window
 * is enough to make inflating them cost one real client address per few
 * events. Pure: the caller passes the time.
 */

export class WindowLimiter {
  private windows = new Map<string, { start: number; used: number }>();

  /**
   * `limit` events per `windowMs` per key; at most `maxKeys` keys are tracked
   * (when full, keys whose window ended are dropped first; if none has, new
   * keys are refused: under a flood of fresh addresses nothing new is counted).
   */
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one event for `key` at `now`; false when the key has used up its window. */
  take(key: string, now: number): boolean {
    const w = this.windows.get(key);
    if (w && now - w.start < this.windowMs) {
      if (w.used >= this.limit) return false;
      w.used++;
      return true;
    }
    if (!w && this.windows.size >= this.maxKeys && !this.sweep(now)) return false;
    this.windows.set(key, { start: now, used: 1 });
    return true;
  }

  /** Drops ended windows; whether room was made. */
  private sweep(now: number): boolean {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
    return this.windows.size < this.maxKeys;
  }

  get size(): number {
    return this.windows.size;
  }
}

/** How a client's counting is limited (env: METRICS_EVENTS_PER_MINUTE, default 60; a view of one article counts once per 10 minutes per client). */
export interface ClientLimits {
  events: WindowLimiter;
  views: WindowLimiter;
}

export function clientLimits(eventsPerMinute = 60): ClientLimits {
  return { events: new WindowLimiter(eventsPerMinute, 60_000), views: new WindowLimiter(1, 10 * 60_000) };
}

/**
 * Whether an event from `client` counts: within its events per minute and,
 * for a view, the first of that article from that client in 10 minutes
 * (reloads and back-and-forth navigation count once).
 */
export function allowEvent(limits: ClientLimits, client: string, kind: 'view' | 'impression' | 'click', id: string, now: number): boolean {
  if (kind === 'view' && !limits.views.take(`${client}|${id}`, now)) return false;
  return limits.events.take(client, now);
}
