'use client';

import { useRef, useState } from 'react';
import { secondaryButtonClass } from '@/components/admin/fields';
import { suggestBackground, type SuggestionHit } from './api';
import { useDraft } from './draft-context';
import { rememberTitles } from './pickers';

/**
 * "Suggested" earlier articles for a Background block, on request: related to
 * what the draft says now (lib/editorial/suggestions.ts). The editor picks;
 * nothing is added by itself. Articles the block already links are left out.
 */
export function BackgroundSuggestions({ linked, onAdd, disabled }: { linked: string[]; onAdd: (hit: SuggestionHit) => void; disabled?: boolean }) {
  const getDraft = useDraft();
  const [items, setItems] = useState<SuggestionHit[] | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const abort = useRef<AbortController | null>(null);
  if (!getDraft) return null;

  async function load() {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState('loading');
    const draft = getDraft!();
    const found = await suggestBackground({ ...draft, exclude: [...new Set([...draft.exclude, ...linked])] }, controller.signal);
    if (controller.signal.aborted) return;
    if (found === null) return setState('failed');
    setItems(found);
    setState('idle');
  }

  const shown = items?.filter((i) => !linked.includes(i.id)) ?? null;
  return (
    <div className="rounded border border-dashed border-muted p-3" data-testid="background-suggestions">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={secondaryButtonClass} disabled={disabled || state === 'loading'} onClick={() => void load()}>
          {items ? 'Refresh suggestions' : 'Suggest earlier articles'}
        </button>
        <p className="text-sm text-muted" aria-live="polite">
          {state === 'loading' ? 'Looking for related articles…' : state === 'failed' ? 'Suggestions could not be loaded.' : shown ? `${shown.length} suggested` : ''}
        </p>
      </div>
      {shown && shown.length > 0 && (
        <ul className="mt-2 space-y-1" aria-label="Suggested articles">
          {shown.map((hit) => (
            <li key={hit.id} className="flex items-start justify-between gap-2 text-sm">
              <span>
                {hit.title}
                <span className="block text-xs text-muted">
                  {new Date(hit.publishedAt).toLocaleDateString()}
                  {hit.sharedTags > 0 && ` · ${hit.sharedTags} shared tag${hit.sharedTags === 1 ? '' : 's'}`}
                </span>
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={disabled}
                onClick={() => {
                  rememberTitles({ [hit.id]: hit.title });
                  onAdd(hit);
                }}
              >
                Add<span className="sr-only"> “{hit.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
