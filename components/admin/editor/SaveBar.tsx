'use client';

import { buttonClass } from '@/components/admin/fields';
import { useMounted } from '../LocalTime';
import type { SaveState } from './useArticleSave';

const clock = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });

/** The sticky bar: what the save state is, in words (announced politely), and the Save button. */
export function SaveBar({ state, dirty, saving, pending, onSave }: { state: SaveState; dirty: boolean; saving: boolean; pending: boolean; onSave: () => void }) {
  // Times are shown in the browser's zone, so only after hydration.
  const mounted = useMounted();
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'conflict'
        ? 'Not saved: someone else saved first'
        : state.kind === 'error'
          ? `Couldn’t save: ${state.message}`
          : dirty
            ? 'Unsaved changes'
            : state.kind === 'saved'
              ? `${mounted ? `Saved ${clock(state.at)}` : 'Saved'}${pending ? ' (unpublished changes)' : ''}`
              : 'Not saved yet';
  const tone = state.kind === 'error' || state.kind === 'conflict' ? 'text-brand' : dirty ? 'text-ink' : 'text-muted';
  return (
    <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-line bg-paper/95 px-4 py-2 backdrop-blur">
      <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm font-medium ${tone}`}>
        {text}
      </p>
      <div className="flex items-center gap-2">
        <a href="#status-heading" className="text-sm font-semibold underline lg:hidden">
          Status &amp; publishing
        </a>
        <span className="hidden text-xs text-muted sm:inline">Ctrl+S</span>
        <button type="button" className={buttonClass} onClick={onSave} disabled={saving} aria-keyshortcuts="Control+S Meta+S">
          Save
        </button>
      </div>
    </div>
  );
}
