'use client';

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Inline } from '@/lib/blocks/schema';
import { isSafeHref } from '@/lib/validation/href';
import { useLatest } from './useLatest';
import { useMounted } from '../LocalTime';
import { docToSpans, sameSpans, spansToDoc } from './inline';
import { inlineExtensions } from './tiptap-extensions';

/**
 * The selection to act on. A selection just made with the keyboard (Shift+Home, then Ctrl+K at once)
 * may not have reached the editor's state yet, so the browser's own selection wins when it is inside.
 */
function currentSelection(editor: Editor): { from: number; to: number } {
  const { from, to } = editor.state.selection;
  const dom = typeof window !== 'undefined' ? window.getSelection() : null;
  if (dom?.anchorNode && dom.focusNode && editor.view.dom.contains(dom.anchorNode) && editor.view.dom.contains(dom.focusNode)) {
    try {
      const a = editor.view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const b = editor.view.posAtDOM(dom.focusNode, dom.focusOffset);
      return { from: Math.min(a, b), to: Math.max(a, b) };
    } catch {
      // fall back to the editor's selection
    }
  }
  return { from, to };
}

/** One paragraph of text: no Enter, no headings or lists; bold, italic and links only. */

const editorClass =
  'min-h-[2.75rem] rounded-b border border-muted bg-white px-3 py-2 text-base leading-relaxed focus:outline-none focus-visible:outline-3 focus-visible:outline-brand aria-[invalid=true]:border-brand';

function attributesFor(id: string, labelId: string, describedBy: string | undefined, invalid: boolean): Record<string, string> {
  return {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(invalid ? { 'aria-invalid': 'true' } : {}),
    class: editorClass,
  };
}

/**
 * A small rich-text field built on Tiptap that reads and writes our inline
 * span JSON. Labelled by `label`, described by `describedBy` (error text),
 * with a toolbar for bold (Ctrl+B), italic (Ctrl+I) and link (Ctrl+K).
 */
export function RichText({
  id,
  label,
  value,
  onChange,
  error,
  describedBy,
  hideLabel = false,
  readOnly = false,
  onSplit,
}: {
  id: string;
  label: string;
  value: Inline[];
  onChange: (spans: Inline[]) => void;
  error?: string;
  describedBy?: string;
  hideLabel?: boolean;
  readOnly?: boolean;
  /** Enter splits the text at the caret: what stays and what moves to a new block. Without it Enter does nothing. */
  onSplit?: (before: Inline[], after: Inline[]) => void;
}) {
  const onSplitRef = useLatest(onSplit);
  const labelId = `${id}-label`;
  const linkInputId = useId();
  const lastEmitted = useRef<Inline[]>(value);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkValue, setLinkValue] = useState('');
  const [linkError, setLinkError] = useState('');
  const onChangeRef = useLatest(onChange);

  // Server-rendered fields mount their editor after hydration; fields added later (a new block) at once,
  // so that focus can move into them before the next keystroke.
  const mounted = useMounted();
  const editor = useEditor({
    immediatelyRender: mounted,
    editable: !readOnly,
    extensions: inlineExtensions,
    content: spansToDoc(value),
    editorProps: {
      attributes: attributesFor(id, labelId, describedBy, !!error),
      handleKeyDown: (view, event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && onSplitRef.current) {
          event.preventDefault();
          const { from, to } = view.state.selection;
          const doc = view.state.doc;
          onSplitRef.current(docToSpans(doc.cut(0, from).toJSON()), docToSpans(doc.cut(to).toJSON()));
          return true;
        }
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLinkRef.current();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor }) => {
      const spans = docToSpans(editor.getJSON());
      if (sameSpans(spans, lastEmitted.current)) return;
      lastEmitted.current = spans;
      onChangeRef.current(spans);
    },
  });

  // Changes from outside (another item removed, their version loaded, a revision restored) replace the text.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (value === lastEmitted.current || sameSpans(value, lastEmitted.current)) return;
    lastEmitted.current = value;
    editor.commands.setContent(spansToDoc(value), { emitUpdate: false });
  }, [editor, value]);

  // Error state and read-only mode change without recreating the editor (keeps focus and selection).
  const invalid = !!error;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: attributesFor(id, labelId, describedBy, invalid) } });
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, id, labelId, describedBy, invalid, readOnly]);

  const state = useEditorState({
    editor,
    selector: ({ editor }) =>
      editor
        ? { bold: editor.isActive('bold'), italic: editor.isActive('italic'), link: editor.isActive('link'), href: (editor.getAttributes('link').href as string) ?? '' }
        : { bold: false, italic: false, link: false, href: '' },
  }) ?? { bold: false, italic: false, link: false, href: '' };

  const openLinkRef = useLatest(() => openLink());
  // The selection to link, kept while focus is in the address field.
  const linkRange = useRef<{ from: number; to: number } | null>(null);
  function openLink() {
    if (!editor) return;
    linkRange.current = currentSelection(editor);
    setLinkValue((editor.getAttributes('link').href as string) ?? '');
    setLinkError('');
    setLinkOpen(true);
    requestAnimationFrame(() => document.getElementById(linkInputId)?.focus());
  }

  function applyLink() {
    if (!editor) return;
    const href = linkValue.trim();
    const size = editor.state.doc.content.size;
    const range = linkRange.current ?? editor.state.selection;
    const from = Math.min(range.from, size);
    const to = Math.min(range.to, size);
    const chain = () => editor.chain().focus().setTextSelection({ from, to });
    if (!href) {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!isSafeHref(href)) {
      setLinkError('Enter a full address (https://…) or a site path starting with /');
      return;
    }
    if (from === to && !editor.isActive('link')) {
      setLinkError('Select the words to link first');
      return;
    }
    chain().extendMarkRange('link').setLink({ href }).run();
    setLinkOpen(false);
  }

  const toolButton = (pressed: boolean) => `min-w-9 rounded px-2 py-1 text-sm ${pressed ? 'bg-ink text-white' : 'bg-white hover:bg-line'} disabled:opacity-50`;

  return (
    <div>
      <div id={labelId} className={hideLabel ? 'sr-only' : 'block text-sm font-semibold'}>
        {label}
      </div>
      <div
        role="toolbar"
        aria-label={`Formatting: ${label}`}
        aria-controls={id}
        onKeyDown={(e) => {
          // Arrow keys move between the toolbar's buttons.
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
          if (at < 0) return;
          e.preventDefault();
          buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
        }}
        className="mt-1 flex gap-1 rounded-t border border-b-0 border-muted bg-paper p-1"
      >
        <button
          type="button"
          className={toolButton(state.bold)}
          aria-pressed={state.bold}
          disabled={readOnly || !editor}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor?.chain().focus().toggleBold().run()}
          title="Bold (Ctrl+B)"
        >
          <strong>B</strong>
          <span className="sr-only"> bold</span>
        </button>
        <button
          type="button"
          className={toolButton(state.italic)}
          aria-pressed={state.italic}
          disabled={readOnly || !editor}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor?.chain().focus().toggleItalic().run()}
          title="Italic (Ctrl+I)"
        >
          <em>I</em>
          <span className="sr-only"> italic</span>
        </button>
        <button
          type="button"
          className={toolButton(state.link)}
          aria-pressed={state.link}
          aria-expanded={linkOpen}
          disabled={readOnly || !editor}
          onMouseDown={(e) => e.preventDefault()}
          onClick={openLink}
          title="Link (Ctrl+K)"
        >
          Link
        </button>
      </div>
      {linkOpen && (
        <div className="flex flex-wrap items-end gap-2 border border-b-0 border-muted bg-paper p-2">
          <div className="grow">
            <label htmlFor={linkInputId} className="block text-xs font-semibold">
              Link address
            </label>
            <input
              id={linkInputId}
              type="text"
              inputMode="url"
              value={linkValue}
              onChange={(e) => setLinkValue(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  applyLink();
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setLinkOpen(false);
                  editor?.commands.focus();
                }
              }}
              aria-invalid={linkError ? true : undefined}
              aria-describedby={linkError ? `${linkInputId}-error` : undefined}
              placeholder="https://… or /news/…"
              className="block w-full rounded border border-muted bg-white px-2 py-1 text-sm"
            />
            {linkError && (
              <p id={`${linkInputId}-error`} className="mt-1 text-xs font-medium text-brand">
                {linkError}
              </p>
            )}
          </div>
          <button type="button" className="rounded bg-ink px-3 py-1 text-sm font-semibold text-white" onClick={applyLink}>
            Apply link
          </button>
          {state.link && (
            <button
              type="button"
              className="rounded border border-muted bg-white px-3 py-1 text-sm"
              onClick={() => {
                setLinkValue('');
                const r = linkRange.current;
                if (editor && r) editor.chain().focus().setTextSelection(r).extendMarkRange('link').unsetLink().run();
                setLinkOpen(false);
              }}
            >
              Remove link
            </button>
          )}
          <button
            type="button"
            className="rounded border border-muted bg-white px-3 py-1 text-sm"
            onClick={() => {
              setLinkOpen(false);
              editor?.commands.focus();
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        // Before the editor mounts (SSR and first paint): the same box, read-only text.
        <div className={editorClass}>{value.map((s) => s.text).join('')}</div>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand">
          {error}
        </p>
      )}
    </div>
  );
}
