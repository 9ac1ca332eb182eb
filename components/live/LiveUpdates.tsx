'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { reviveFeed, unseenEntries, type LiveFeedJson } from '@/lib/live/feed';
import { newUpdatesLabel, type LiveLabels } from '@/lib/live/labels';
import type { LiveEntryView } from '@/lib/live/queries';
import { LIVE_LIMITS } from '@/lib/live/limits';
import { LiveEntry } from './LiveEntry';

/** How often an open page asks the update channel (ADR 017). */
const POLL_MS = 1000;

/**
 * The update island of a live blog page (ADR 017). Polls the blog's one
 * cached JSON answer (/live/<id>) while the tab is visible and the blog is
 * live; new entries wait behind an "N new updates" button instead of
 * shifting what the reader is looking at, and appear here, above the
 * server-rendered entries, when it is pressed. Stops when the blog ends.
 */
export function LiveUpdates({ articleId, knownIds, timeZone, labels }: { articleId: string; knownIds: string[]; timeZone: string; labels: LiveLabels }) {
  const seen = useRef(new Set(knownIds));
  const [waiting, setWaiting] = useState<{ entries: LiveEntryView[]; gap: boolean }>({ entries: [], gap: false });
  const [shown, setShown] = useState<LiveEntryView[]>([]);
  const [ended, setEnded] = useState(false);
  const firstNew = useRef<string | null>(null);

  const poll = useCallback(async (): Promise<boolean> => {
    try {
      const res = await fetch(`/live/${articleId}`, { cache: 'no-store', headers: { Accept: 'application/json' } });
      // 404: no longer a published live blog (turned back into an article, or unpublished): stop asking.
      if (res.status === 404) return false;
      if (!res.ok) return true;
      const feed = reviveFeed((await res.json()) as LiveFeedJson);
      const { fresh, gap } = unseenEntries(feed, seen.current, LIVE_LIMITS.feedEntries);
      setWaiting({ entries: fresh, gap });
      if (feed.status === 'ENDED') {
        setEnded(true);
        return false;
      }
    } catch {
      // Offline for a moment: try again at the next tick.
    }
    return true;
  }, [articleId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      timer = undefined;
      if (stopped || document.visibilityState !== 'visible') return;
      const more = await poll();
      if (more && !stopped && document.visibilityState === 'visible') timer = setTimeout(tick, POLL_MS);
      if (!more) stopped = true;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && !timer && !stopped) void tick();
      if (document.visibilityState !== 'visible' && timer) {
        clearTimeout(timer);
        timer = undefined;
      }
    };
    timer = setTimeout(tick, POLL_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [poll]);

  useEffect(() => {
    if (!firstNew.current) return;
    document.getElementById(`entry-${firstNew.current}`)?.scrollIntoView({ block: 'start' });
    firstNew.current = null;
  }, [shown]);

  function showNew() {
    if (waiting.gap) {
      window.location.reload();
      return;
    }
    for (const e of waiting.entries) seen.current.add(e.id);
    firstNew.current = waiting.entries[0]?.id ?? null;
    setShown((s) => [...waiting.entries, ...s]);
    setWaiting({ entries: [], gap: false });
  }

  const count = waiting.entries.length;
  return (
    <>
      {/* No height of its own: the button floats over the entries, so nothing moves when it appears. */}
      <div className="sticky top-2 z-10 flex h-0 justify-center overflow-visible" aria-live="polite">
        {count > 0 && (
          <button
            type="button"
            onClick={showNew}
            className="mt-2 h-fit rounded-full bg-brand px-4 py-2 text-sm font-semibold text-white shadow hover:bg-brand-dark"
            data-testid="live-new-updates"
          >
            {newUpdatesLabel(labels, count, waiting.gap)}
          </button>
        )}
      </div>
      {ended && (
        <p className="my-3 rounded border border-line bg-paper p-3 text-sm" data-testid="live-ended-notice">
          {labels.ended}
        </p>
      )}
      {shown.map((e) => (
        <LiveEntry key={e.id} entry={e} timeZone={timeZone} labels={labels} />
      ))}
    </>
  );
}
