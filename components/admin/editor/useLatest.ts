'use client';

import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest `value` (updated after each render,
 * before the browser handles the next event), for callbacks registered once
 * (timers, editor extensions, window listeners) that must see current props.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
