'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Block } from '@/lib/blocks/schema';
import type { ArticleInput } from '@/lib/editorial/input';
import type { EditableArticle, SaveResult } from '@/lib/editorial/types';
import type { FieldErrors } from '@/lib/validation/errors';
import * as api from './api';
import { useLatest } from './useLatest';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string } | { kind: 'conflict' };

/** What goes to the server: unpicked article links are left out (a plain background item). */
function cleanInput(input: ArticleInput): ArticleInput {
  return {
    ...input,
    body: input.body.map((b): Block =>
      b.type === 'background' ? { ...b, items: b.items.map((i) => (i.articleId === '' ? { text: i.text, ...(i.url !== undefined ? { url: i.url } : {}) } : i)) } : b,
    ),
  };
}

type Options = {
  initial: EditableArticle | null;
  /** The form as the server takes it, read when a save starts. */
  readInput: () => ArticleInput;
  /** The server answered with the article (a save, a transition, or their version taken): show its status. */
  onArticle: (article: EditableArticle) => void;
  /** Move focus to the error summary or the conflict panel once it shows. */
  focus: (target: 'summary' | 'conflict') => void;
  /** The form has a title: a new article is autosaved only once it has one. */
  titled: boolean;
};

/**
 * The editor's save state machine: which version the form is based on, what
 * changed since the last save (`touch` on every change), saving by button,
 * Ctrl/Cmd+S and autosave 3 s after the last change, one save at a time (a
 * manual save asked for meanwhile runs after it), and what the server said:
 * field errors (400), a conflict with someone else's save (409) or another
 * refusal. Nothing typed is ever dropped: a failed save keeps the form.
 */
export function useArticleSave({ initial, ...options }: Options) {
  const opts = useLatest(options);

  const [articleId, setArticleId] = useState<string | null>(initial?.id ?? null);
  const articleIdRef = useRef(articleId);
  const versionRef = useRef(initial?.version ?? 0);

  // Every change bumps `edits`; `savedEdits` is the count the last successful save contained.
  const [edits, setEdits] = useState(0);
  const editsRef = useRef(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const dirty = edits !== savedEdits;
  const dirtyRef = useLatest(dirty);
  const failedAtRef = useRef(-1);

  const [saveState, setSaveState] = useState<SaveState>(initial ? { kind: 'saved', at: initial.modifiedAt } : { kind: 'idle' });
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const queuedRef = useRef(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditableArticle | null>(null);

  const touch = useCallback(() => {
    editsRef.current += 1;
    setEdits(editsRef.current);
  }, []);

  /** Takes the server's article: its version becomes the base of the next write; a new article gets its URL. */
  const adopt = useCallback(
    (article: EditableArticle) => {
      versionRef.current = article.version;
      if (!articleIdRef.current) {
        articleIdRef.current = article.id;
        setArticleId(article.id);
        // Keeps this editor (and everything typed since) mounted; the URL is now the article's.
        window.history.replaceState(null, '', `/admin/articles/${article.id}`);
      }
      opts.current.onArticle(article);
    },
    [opts],
  );

  /** The form now holds a stored version (`savedAt`): nothing is unsaved, no errors stand. */
  const markClean = useCallback((savedAt: string) => {
    setSavedEdits(editsRef.current);
    failedAtRef.current = -1;
    setErrors({});
    setFormMessage(null);
    setSaveState({ kind: 'saved', at: savedAt });
  }, []);

  /** One request: the form as it is now. Returns whether it was saved, and the edit count it held. */
  const saveOnce = useCallback(
    async (autosave: boolean, force: boolean): Promise<{ ok: boolean; startEdits: number }> => {
      savingRef.current = true;
      setSaving(true);
      setSaveState({ kind: 'saving' });
      const startEdits = editsRef.current;
      const input = cleanInput(opts.current.readInput());
      const id = articleIdRef.current;
      let result: SaveResult;
      try {
        result = id ? await api.saveArticle(id, { baseVersion: versionRef.current, input, autosave, force }) : await api.createArticle(input);
      } finally {
        savingRef.current = false;
        setSaving(false);
      }
      if (result.ok) {
        adopt(result.article);
        setSavedEdits(startEdits);
        failedAtRef.current = -1;
        setErrors({});
        setFormMessage(null);
        setConflict(null);
        setSaveState({ kind: 'saved', at: result.article.modifiedAt });
        return { ok: true, startEdits };
      }
      failedAtRef.current = startEdits;
      if (result.error === 'invalid') {
        setErrors(result.fieldErrors);
        setFormMessage(result.message);
        setSaveState({ kind: 'error', message: result.message });
        if (!autosave) opts.current.focus('summary');
      } else if (result.error === 'conflict') {
        setConflict(result.current);
        setSaveState({ kind: 'conflict' });
        // An autosave conflict shows the panel without taking focus from what is being typed.
        if (!autosave) opts.current.focus('conflict');
      } else {
        setSaveState({ kind: 'error', message: result.message });
      }
      return { ok: false, startEdits };
    },
    [adopt, opts],
  );

  /**
   * Saves the form. One save at a time: a manual save asked for while one
   * runs follows it (if there is something new to save). `force` with the
   * `baseVersion` of their version overwrites someone else's save.
   */
  const save = useCallback(
    async ({ autosave = false, force = false, baseVersion }: { autosave?: boolean; force?: boolean; baseVersion?: number } = {}): Promise<boolean> => {
      if (savingRef.current) {
        if (!autosave) queuedRef.current = true;
        return false;
      }
      if (baseVersion !== undefined) versionRef.current = baseVersion;
      let run = await saveOnce(autosave, force);
      while (queuedRef.current) {
        queuedRef.current = false;
        if (!run.ok || editsRef.current === run.startEdits) break;
        run = await saveOnce(false, false);
      }
      return run.ok;
    },
    [saveOnce],
  );

  // Autosave: 3 s after the last change, unless a save runs, a conflict waits or this very state already failed.
  const autosaveReady = !!articleId || options.titled;
  useEffect(() => {
    if (!dirty || saving || conflict || failedAtRef.current === edits || !autosaveReady) return;
    const timer = setTimeout(() => void save({ autosave: true }), 3000);
    return () => clearTimeout(timer);
  }, [edits, dirty, saving, conflict, autosaveReady, save]);

  // Ctrl/Cmd+S saves.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  /** Resolves once no save is in flight (its new version is the base of what comes next). */
  const settled = useCallback(async () => {
    while (savingRef.current) await new Promise((r) => setTimeout(r, 100));
  }, []);

  return {
    articleId,
    articleIdRef,
    versionRef,
    touch,
    dirty,
    dirtyRef,
    saving,
    save,
    settled,
    adopt,
    markClean,
    saveState,
    setSaveState,
    errors,
    setErrors,
    formMessage,
    setFormMessage,
    conflict,
    setConflict,
  };
}
