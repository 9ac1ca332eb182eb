'use client';

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { secondaryButtonClass } from '@/components/admin/fields';
import type { Block, BlockType, Inline } from '@/lib/blocks/schema';
import type { FieldErrors } from '@/lib/validation/errors';
import { BlockFields, knownPaths } from './BlockFields';
import { BLOCK_HINTS, BLOCK_LABELS, MENU_ORDER, newBlock, newKey, type KeyedBlock } from './model';

/** Focuses the first field of a block (rich-text fields mount a few frames later), or else the block itself. */
function focusBlock(key: string, framesLeft = 10) {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`[data-block-key="${key}"]`);
    const field = el?.querySelector<HTMLElement>('[data-block-body] input, [data-block-body] textarea, [data-block-body] select, [data-block-body] [contenteditable="true"]');
    if (field) field.focus();
    else if (framesLeft > 0) focusBlock(key, framesLeft - 1);
    else el?.focus();
  });
}

/**
 * The article body: a list of typed blocks. Add (menu of every type), edit,
 * remove, and reorder with the buttons or with Alt+ArrowUp / Alt+ArrowDown
 * anywhere inside a block (focus stays where it was and moves with the block).
 */
export function BlockList({
  blocks,
  onChange,
  errors,
  readOnly,
}: {
  blocks: KeyedBlock[];
  onChange: (next: KeyedBlock[], structural?: boolean) => void;
  errors: FieldErrors;
  readOnly?: boolean;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [menuAt, setMenuAt] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (to < 0 || to >= blocks.length) return;
    const active = document.activeElement as HTMLElement | null;
    const next = [...blocks];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item);
    onChange(next, true);
    setAnnouncement(`${BLOCK_LABELS[item.block.type]} moved to position ${to + 1} of ${next.length}`);
    // React moves DOM nodes, which can drop focus: put it back on the same element.
    requestAnimationFrame(() => {
      if (active && active.isConnected && document.activeElement !== active) {
        if (active instanceof HTMLButtonElement && active.disabled) {
          document.querySelector<HTMLElement>(`[data-block-key="${item.key}"]`)?.focus();
        } else active.focus();
      }
    });
  }

  function remove(index: number) {
    const removed = blocks[index];
    const next = blocks.filter((_, i) => i !== index);
    onChange(next, true);
    setAnnouncement(`${BLOCK_LABELS[removed.block.type]} removed`);
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-block-key="${neighbour.key}"]`)?.focus());
    else requestAnimationFrame(() => addButton.current?.focus());
  }

  function add(type: BlockType, at: number) {
    const item = { key: newKey(), block: newBlock(type) };
    const next = [...blocks];
    next.splice(at, 0, item);
    onChange(next, true);
    setMenuAt(null);
    setAnnouncement(`${BLOCK_LABELS[type]} added at position ${at + 1}`);
    focusBlock(item.key);
  }

  /** Enter in a paragraph: the text after the caret becomes a new paragraph below, with the caret at its start. */
  function split(index: number, before: Inline[], after: Inline[]) {
    const item = { key: newKey(), block: { type: 'paragraph', content: after } as Block };
    const next = blocks.map((b, i) => (i === index ? { ...b, block: { type: 'paragraph', content: before } as Block } : b));
    next.splice(index + 1, 0, item);
    // Rendered now, so that focus is in the new paragraph before the next keystroke arrives.
    flushSync(() => onChange(next, true));
    setAnnouncement(`New paragraph at position ${index + 2}`);
    const field = document.querySelector<HTMLElement>(`[data-block-key="${item.key}"] [contenteditable="true"]`);
    if (field) field.focus();
    else focusBlock(item.key);
  }

  function update(index: number, block: Block) {
    onChange(blocks.map((b, i) => (i === index ? { ...b, block } : b)));
  }

  return (
    <div>
      <p id="body-hint" className="text-sm text-muted">
        Tip: Enter in a paragraph starts a new one; Alt+↑ or Alt+↓ inside a block moves it.
      </p>
      <ol className="mt-3 space-y-4" aria-label="Body blocks">
        {blocks.map(({ key, block }, index) => {
          const path = `body.${index}`;
          const known = new Set(knownPaths(block, path));
          const blockErrors = Object.entries(errors).filter(([k]) => (k === path || k.startsWith(`${path}.`)) && ![...known].some((p) => k === p || k.startsWith(`${p}.`)));
          const headingId = `block-${key}-heading`;
          return (
            <li key={key}>
              <div
                data-block-key={key}
                data-block-type={block.type}
                tabIndex={-1}
                aria-labelledby={headingId}
                role="group"
                className="rounded border border-line bg-white p-3 focus:outline-3 focus:outline-brand sm:p-4"
                onKeyDown={(e) => {
                  if (readOnly || !e.altKey || e.ctrlKey || e.metaKey) return;
                  if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                    e.preventDefault();
                    e.stopPropagation();
                    move(index, e.key === 'ArrowUp' ? -1 : 1);
                  }
                }}
              >
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <h3 id={headingId} className="text-sm font-bold uppercase tracking-wide text-muted">
                    {index + 1}. {BLOCK_LABELS[block.type]}
                  </h3>
                  {!readOnly && (
                    <div className="flex flex-wrap gap-1">
                      <button type="button" className={secondaryButtonClass} disabled={index === 0} onClick={() => move(index, -1)} aria-keyshortcuts="Alt+ArrowUp">
                        ↑
                        <span className="sr-only">
                          {' '}
                          Move {BLOCK_LABELS[block.type]} {index + 1} up
                        </span>
                      </button>
                      <button
                        type="button"
                        className={secondaryButtonClass}
                        disabled={index === blocks.length - 1}
                        onClick={() => move(index, 1)}
                        aria-keyshortcuts="Alt+ArrowDown"
                      >
                        ↓
                        <span className="sr-only">
                          {' '}
                          Move {BLOCK_LABELS[block.type]} {index + 1} down
                        </span>
                      </button>
                      <button
                        type="button"
                        className={secondaryButtonClass}
                        data-insert-after
                        onClick={() => setMenuAt(menuAt === index + 1 ? null : index + 1)}
                        aria-expanded={menuAt === index + 1}
                      >
                        +<span className="sr-only"> Insert a block after {index + 1}</span>
                      </button>
                      <button type="button" className={secondaryButtonClass} onClick={() => remove(index)}>
                        Remove
                        <span className="sr-only">
                          {' '}
                          {BLOCK_LABELS[block.type]} {index + 1}
                        </span>
                      </button>
                    </div>
                  )}
                </div>
                <div data-block-body>
                  <BlockFields
                    block={block}
                    path={path}
                    errors={errors}
                    onChange={(b) => update(index, b)}
                    onSplit={readOnly ? undefined : (before, after) => split(index, before, after)}
                    readOnly={readOnly}
                  />
                </div>
                {blockErrors.length > 0 && (
                  <ul className="mt-2 text-sm font-medium text-brand">
                    {blockErrors.map(([k, message]) => (
                      <li key={k}>{message}</li>
                    ))}
                  </ul>
                )}
                {menuAt === index + 1 && index + 1 < blocks.length && (
                  <AddMenu
                    onAdd={(t) => add(t, index + 1)}
                    onClose={() => {
                      setMenuAt(null);
                      document.querySelector<HTMLElement>(`[data-block-key="${key}"] [data-insert-after]`)?.focus();
                    }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="mt-4">
          <button
            ref={addButton}
            type="button"
            className={secondaryButtonClass}
            aria-expanded={menuAt === blocks.length}
            onClick={() => setMenuAt(menuAt === blocks.length ? null : blocks.length)}
          >
            + Add block
          </button>
          {menuAt === blocks.length && (
            <AddMenu
              onAdd={(t) => add(t, blocks.length)}
              onClose={() => {
                setMenuAt(null);
                addButton.current?.focus();
              }}
            />
          )}
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The block types, as a list of buttons (Escape closes). */
function AddMenu({ onAdd, onClose }: { onAdd: (type: BlockType) => void; onClose: () => void }) {
  return (
    <div
      className="mt-2 rounded border border-muted bg-paper p-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <p className="px-1 pb-1 text-sm font-semibold">Add a block</p>
      <ul className="grid gap-1 sm:grid-cols-3" aria-label="Block types">
        {MENU_ORDER.map((type, i) => (
          <li key={type}>
            <button
              type="button"
              autoFocus={i === 0}
              className="block w-full rounded border border-line bg-white px-3 py-2 text-left hover:border-ink"
              onClick={() => onAdd(type)}
              data-add-block={type}
            >
              <span className="block text-sm font-semibold">{BLOCK_LABELS[type]}</span>
              <span className="block text-xs text-muted">{BLOCK_HINTS[type]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
