'use client';

import { createContext, useContext } from 'react';
import type { DraftForSuggestions } from './api';

/**
 * The article being edited, for blocks that need more than their own fields
 * (the Background block's suggestions). A getter, read when asked, so typing
 * does not re-render every block.
 */
export const DraftContext = createContext<(() => DraftForSuggestions) | null>(null);

export const useDraft = () => useContext(DraftContext);
