'use client';

import { createContext, use } from 'react';
import type { NotFoundStrings } from './NotFoundMessage';

export type EditionContextValue = {
  code: string;
  base: string;
  locale: string;
  /** The edition's section names, for the article 404's ways on. */
  sections: { slug: string; name: string }[];
  strings: NotFoundStrings & { sections: string; latestNews: string; latestOnFront: string };
};

const EditionContext = createContext<EditionContextValue | null>(null);

/**
 * The edition a page belongs to, for what renders without params: the 404s
 * (not-found files get no props). Set by the public root layout (ADR 021);
 * carries only what those pages show: plain strings and the section names.
 */
export function EditionProvider({ value, children }: { value: EditionContextValue; children: React.ReactNode }) {
  return <EditionContext value={value}>{children}</EditionContext>;
}

export function useEdition(): EditionContextValue | null {
  return use(EditionContext);
}
