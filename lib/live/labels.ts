import type { Messages } from '@/lib/i18n';
import { LIVE_LIMITS } from './limits';

/**
 * A live blog's reader-facing strings in its edition's language, as plain
 * data: the update island runs in the browser, where the catalogue's plural
 * functions cannot go, so its "N new updates" labels are worked out here for
 * every count the update channel can bring.
 */
export interface LiveLabels {
  locale: string;
  entry: { updated: string; keyEvent: string; by: string; quote: string; link: string };
  /** `newUpdates[n]`: the button's label for n waiting entries (1 to the channel's size). */
  newUpdates: string[];
  /** The label when more arrived than the channel carries (the button reloads). */
  newUpdatesGap: string;
  ended: string;
}

export function liveLabels(m: Messages): LiveLabels {
  const n = LIVE_LIMITS.feedEntries;
  return {
    locale: m.locale,
    entry: { updated: m.article.updated, keyEvent: m.live.keyEvent, by: m.article.by, quote: m.article.quote, link: m.live.linkToUpdate },
    newUpdates: Array.from({ length: n + 1 }, (_, i) => m.live.newUpdates(i)),
    newUpdatesGap: m.live.newUpdatesGap(n),
    ended: m.live.endedNotice,
  };
}

/** The island's button label for `count` waiting entries. */
export function newUpdatesLabel(labels: LiveLabels, count: number, gap: boolean): string {
  return gap ? labels.newUpdatesGap : (labels.newUpdates[count] ?? labels.newUpdates[labels.newUpdates.length - 1]);
}
