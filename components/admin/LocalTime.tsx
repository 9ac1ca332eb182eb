'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False during server rendering and hydration, true once mounted in the browser. */
export function useMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * A date and time in the reader's own zone and locale. The server cannot know
 * them, so it renders the UTC time and the browser replaces it after hydration
 * (no hydration mismatch).
 */
export function LocalTime({ iso, options = { dateStyle: 'medium', timeStyle: 'short' } }: { iso: string; options?: Intl.DateTimeFormatOptions }) {
  const mounted = useMounted();
  const date = new Date(iso);
  const text = mounted ? date.toLocaleString(undefined, options) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
