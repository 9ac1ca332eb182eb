'use client';

import { createContext, use } from 'react';
import type { NotFoundStrings } from './NotFoundMessage';

export type EditionContextValue = { code: string; base: string; strings: NotFoundStrings };

const EditionContext = createContext<EditionContextValue | null>(null);

/**
 * The edition a page belongs to, for what renders without params: the 404
 * (not-found.tsx gets no props). Set by the public root layout (ADR 021);
 * carries only the 404's strings.
 */
export function EditionProvider({ value, children }: { value: EditionContextValue; children: React.ReactNode }) {
  return <EditionContext value={value}>{children}</EditionContext>;
}

export function useEdition(): EditionContextValue | null {
  return use(EditionContext);
}
