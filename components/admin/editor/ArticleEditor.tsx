'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { bodyToText, type Block } from '@/lib/blocks/schema';
import { slugify, type ArticleInput } from '@/lib/editorial/input';
import type { FieldErrors } from '@/lib/validation/errors';
import { isLive, type ArticleStatus, type EditableArticle, type SaveResult, type TransitionAction } from '@/lib/editorial/types';
import * as api from './api';
import { BlockList } from './BlockList';
import { BLOCK_LABELS, emptyInput, fieldId, fromInput, toInput, type FormState, type KeyedBlock } from './model';
import { MetaFields, type Lookups } from './MetaFields';
import { PendingChanges } from './PendingChanges';
import { rememberTitles } from './pickers';
import { StatusPanel } from './StatusPanel';
import { LocalTime, useMounted } from '../LocalTime';

type Meta = Pick<EditableArticle, 'status' | 'publishedAt' | 'scheduledAt' | 'modifiedAt' | 'modifiedBy' | 'publicPath' | 'pending'>;
type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' };

const metaOf = (a: EditableArticle): Meta => ({
  status: a.status,
  publishedAt: a.publishedAt,
  scheduledAt: a.scheduledAt,
  modifiedAt: a.modifiedAt,
  modifiedBy: a.modifiedBy,
  publicPath: a.publicPath,
  pending: a.pending,
});

/** For a published or scheduled article: the version readers see (or will), to diff the editor's against. */
const liveOf = (a: EditableArticle): ArticleInput | null => (isLive(a.status) ? (a.live ?? a.input) : null);

const clock = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });
const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What goes to the server: unpicked article links are left out (a plain background item). */
function cleanInput(input: ArticleInput): ArticleInput {
  return {
    ...input,
    body: input.body.map((b): Block =>
      b.type === 'background' ? { ...b, items: b.items.map((i) => (i.articleId === '' ? { text: i.text, ...(i.url !== undefined ? { url: i.url } : {}) } : i)) } : b,
    ),
  };
}

/** A readable name for an error path, for the error summary. */
function errorLabel(path: string, form: FormState): string {
  const names: Record<string, string> = {
    title: 'Title',
    slug: 'Slug',
    standfirst: 'Standfirst',
    sectionId: 'Section',
    tags: 'Tags',
    authorIds: 'Authors',
    heroId: 'Hero image',
    heroAlt: 'Hero alt text',
    heroCaption: 'Hero caption',
    heroCredit: 'Hero credit',
    sourceName: 'Source name',
    sourceUrl: 'Source URL',
    citingName: 'Citing name',
    citingUrl: 'Citing URL',
    language: 'Language',
    featured: 'Featured',
    body: 'Body',
    form: 'Article',
  };
  const [head, index] = path.split('.');
  if (head === 'body' && index !== undefined && /^\d+$/.test(index)) {
    const block = form.body[Number(index)]?.block;
    return `Block ${Number(index) + 1}${block ? ` (${BLOCK_LABELS[block.type]})` : ''}`;
  }
  return names[head] ?? head;
}

/** The element that shows an error path: the field itself, else its block. */
function targetFor(path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) return el;
  }
  const blockMatch = /^body\.(\d+)/.exec(path);
  if (blockMatch) return document.querySelectorAll<HTMLElement>('[data-block-key]')[Number(blockMatch[1])] ?? null;
  return null;
}

export type EditorUser = { name: string; canPublish: boolean; canFeature: boolean };

/**
 * The article editor: fields, body blocks, saving (button, Ctrl/Cmd+S and
 * autosave 3 s after the last change), conflicts (409) without losing text,
 * presence, and the status workflow.
 */
export function ArticleEditor({
  initial,
  lookups,
  user,
  defaults,
  linkedTitles = {},
}: {
  initial: EditableArticle | null;
  lookups: Lookups;
  user: EditorUser;
  defaults: { sectionId: string; authorIds: string[] };
  /** Titles of the articles that Background items link to, by id. */
  linkedTitles?: Record<string, string>;
}) {
  useState(() => rememberTitles(linkedTitles));
  const [articleId, setArticleId] = useState<string | null>(initial?.id ?? null);
  const articleIdRef = useRef(articleId);
  const versionRef = useRef(initial?.version ?? 0);
  const [meta, setMeta] = useState<Meta | null>(initial ? metaOf(initial) : null);
  const [live, setLive] = useState<ArticleInput | null>(initial ? liveOf(initial) : null);
  const [form, setForm] = useState<FormState>(() => fromInput(initial?.input ?? emptyInput(defaults.sectionId, defaults.authorIds)));
  const formRef = useRef(form);
  formRef.current = form;
  const [slugByHand, setSlugByHand] = useState(() => !!initial && (!!initial.publishedAt || isLive(initial.status) || initial.input.slug !== slugify(initial.input.title)));

  // Every change bumps `edits`; `savedEdits` is the count the last successful save contained.
  const [edits, setEdits] = useState(0);
  const editsRef = useRef(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const dirty = edits !== savedEdits;
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;

  const [saveState, setSaveState] = useState<SaveState>(initial ? { kind: 'saved', at: initial.modifiedAt } : { kind: 'idle' });
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const pendingRef = useRef(false);
  const failedAtRef = useRef(-1);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditableArticle | null>(null);
  const [others, setOthers] = useState<api.Presence[]>([]);
  const [busy, setBusy] = useState(false);
  const [statusMessage, setStatusMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLElement>(null);

  // Focus moves to the error summary or the conflict panel after they render.
  const [focusRequest, setFocusRequest] = useState<{ target: 'summary' | 'conflict'; n: number } | null>(null);
  const requestFocus = (target: 'summary' | 'conflict') => setFocusRequest((r) => ({ target, n: (r?.n ?? 0) + 1 }));
  useEffect(() => {
    if (!focusRequest) return;
    const el = focusRequest.target === 'summary' ? summaryRef.current : conflictRef.current;
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest]);

  const status: ArticleStatus | null = meta?.status ?? null;
  // A live article's saves are pending changes: readers see `live` until an editor applies them.
  const hasChanges = live !== null && (meta?.pending != null || dirty);
  const formInput = useMemo(() => toInput(form), [form]);
  const diffNames = useMemo(
    () => ({ sectionId: Object.fromEntries(lookups.sections.map((x) => [x.id, x.name])), authorIds: Object.fromEntries(lookups.authors.map((x) => [x.id, x.name])) }),
    [lookups],
  );

  const touch = useCallback(() => {
    editsRef.current += 1;
    setEdits(editsRef.current);
  }, []);

  const set = useCallback(
    <K extends keyof FormState>(key: K, value: FormState[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      touch();
    },
    [touch],
  );

  function onTitle(title: string) {
    setForm((f) => ({ ...f, title, slug: slugByHand ? f.slug : slugify(title) }));
    touch();
  }

  function onSlug(slug: string, byHand: boolean) {
    // Emptying the slug hands it back to the title.
    const auto = slug.trim() === '';
    setSlugByHand(byHand && !auto);
    setForm((f) => ({ ...f, slug: auto ? slugify(f.title) : slug }));
    touch();
  }

  function onBody(body: KeyedBlock[], structural?: boolean) {
    setForm((f) => ({ ...f, body }));
    // Positions changed: errors keyed by block index no longer point at the right block.
    if (structural) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('body.'))));
    touch();
  }

  function applySaved(article: EditableArticle) {
    versionRef.current = article.version;
    setMeta(metaOf(article));
    setLive(liveOf(article));
    // Once an article has a public URL, its slug no longer follows the title.
    if (article.publishedAt || isLive(article.status)) setSlugByHand(true);
    if (!articleIdRef.current) {
      articleIdRef.current = article.id;
      setArticleId(article.id);
      // Keeps this editor (and everything typed since) mounted; the URL is now the article's.
      window.history.replaceState(null, '', `/admin/articles/${article.id}`);
    }
  }

  const save = useCallback(
    async ({ autosave = false, force = false }: { autosave?: boolean; force?: boolean } = {}): Promise<boolean> => {
      if (savingRef.current) {
        if (!autosave) pendingRef.current = true;
        return false;
      }
      savingRef.current = true;
      setSaving(true);
      setSaveState({ kind: 'saving' });
      const startEdits = editsRef.current;
      const input = cleanInput(toInput(formRef.current));
      const id = articleIdRef.current;
      let result: SaveResult;
      try {
        result = id ? await api.saveArticle(id, { baseVersion: versionRef.current, input, autosave, force }) : await api.createArticle(input);
      } finally {
        savingRef.current = false;
        setSaving(false);
      }
      let ok = false;
      if (result.ok) {
        applySaved(result.article);
        setSavedEdits(startEdits);
        failedAtRef.current = -1;
        setErrors({});
        setFormMessage(null);
        setConflict(null);
        setSaveState({ kind: 'saved', at: result.article.modifiedAt });
        ok = true;
      } else if (result.error === 'invalid') {
        failedAtRef.current = startEdits;
        setErrors(result.fieldErrors);
        setFormMessage(result.message);
        setSaveState({ kind: 'error', message: result.message });
        if (!autosave) requestFocus('summary');
      } else if (result.error === 'conflict') {
        failedAtRef.current = startEdits;
        setConflict(result.current);
        setSaveState({ kind: 'conflict' });
        // An autosave conflict shows the panel without taking focus from what is being typed.
        if (!autosave) requestFocus('conflict');
      } else {
        failedAtRef.current = startEdits;
        setSaveState({ kind: 'error', message: result.message });
      }
      if (pendingRef.current) {
        pendingRef.current = false;
        if (ok && editsRef.current !== startEdits) return save();
      }
      return ok;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  // Autosave: 3 s after the last change, for saved articles and for new ones once they have a title.
  useEffect(() => {
    if (!dirty || saving || conflict || failedAtRef.current === edits) return;
    if (!articleId && !form.title.trim()) return;
    const timer = setTimeout(() => void save({ autosave: true }), 3000);
    return () => clearTimeout(timer);
  }, [edits, dirty, saving, conflict, articleId, form.title, save]);

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

  // Warn before leaving with unsaved changes (closing the tab, reloading, or following a link).
  useEffect(() => {
    if (!dirty && !saving) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a || a.target === '_blank' || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      if (a.getAttribute('href')?.startsWith('#')) return;
      if (!window.confirm('You have unsaved changes. Leave this page anyway?')) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, saving]);

  // Presence: a heartbeat every 10 s while open; leave on close.
  useEffect(() => {
    if (!articleId) return;
    let stopped = false;
    const beat = async () => {
      const list = await api.heartbeat(articleId);
      if (!stopped && list) setOthers(list);
    };
    void beat();
    const timer = setInterval(beat, 10_000);
    const onHide = () => api.leave(articleId);
    window.addEventListener('pagehide', onHide);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
      api.leave(articleId);
    };
  }, [articleId]);

  async function transition(action: TransitionAction, scheduledAt?: string) {
    setBusy(true);
    setStatusMessage(null);
    try {
      // Let an autosave in flight finish first (its new version is the base of the transition).
      while (savingRef.current) await new Promise((r) => setTimeout(r, 100));
      if (action === 'discard' && !meta?.pending) {
        // Nothing saved yet: going back to the live version is local.
        if (live) showVersion(live, meta?.modifiedAt ?? new Date().toISOString());
        setStatusMessage({ tone: 'ok', text: 'Changes discarded: the editor shows the live version again.' });
        return;
      }
      if (action !== 'discard' && (dirtyRef.current || !articleIdRef.current)) {
        const ok = await save();
        if (!ok) {
          setStatusMessage({ tone: 'error', text: 'Save the article first: see the messages above.' });
          return;
        }
      }
      const result = await api.transitionArticle(articleIdRef.current!, { baseVersion: versionRef.current, action, scheduledAt });
      if (result.ok) {
        applySaved(result.article);
        if (action === 'discard') showVersion(result.article.input, result.article.modifiedAt);
        setSaveState({ kind: 'saved', at: result.article.modifiedAt });
        const scheduled = result.article.status === 'SCHEDULED';
        const texts: Record<TransitionAction, string> = {
          submit: 'Submitted for review.',
          publish: 'Published.',
          schedule: `Scheduled for ${result.article.scheduledAt ? dateTime(result.article.scheduledAt) : 'later'}.`,
          unpublish: 'Unpublished: the article is no longer public.',
          draft: 'Moved back to draft.',
          update: scheduled ? 'Updated: the scheduled version now includes your changes.' : 'Updated: readers now see your changes.',
          discard: `Changes discarded: the editor shows the ${scheduled ? 'scheduled' : 'live'} version again.`,
          'submit-changes': 'Changes submitted for review: an editor will publish them.',
        };
        setStatusMessage({ tone: 'ok', text: texts[action] });
      } else if (result.error === 'conflict') {
        setConflict(result.current);
        setSaveState({ kind: 'conflict' });
        requestFocus('conflict');
      } else if (result.error === 'invalid') {
        setErrors(result.fieldErrors);
        setFormMessage(result.message);
        setStatusMessage({ tone: 'error', text: result.message });
        requestFocus('summary');
      } else {
        setStatusMessage({ tone: 'error', text: result.message });
      }
    } finally {
      setBusy(false);
    }
  }

  async function overwrite() {
    if (!conflict) return;
    versionRef.current = conflict.version;
    await save({ force: true });
  }

  /** Replaces the form with a stored version (nothing unsaved remains). */
  function showVersion(input: ArticleInput, savedAt: string) {
    setForm(fromInput(input));
    setSlugByHand(true);
    setSavedEdits(editsRef.current);
    failedAtRef.current = -1;
    setErrors({});
    setFormMessage(null);
    setSaveState({ kind: 'saved', at: savedAt });
  }

  function loadTheirs() {
    if (!conflict) return;
    applySaved(conflict);
    showVersion(conflict.input, conflict.modifiedAt);
    setConflict(null);
  }

  // Times are shown in the browser's zone, so only after hydration.
  const mounted = useMounted();
  const saveText =
    saveState.kind === 'saving'
      ? 'Saving…'
      : saveState.kind === 'conflict'
        ? 'Not saved: someone else saved first'
        : saveState.kind === 'error'
          ? `Couldn’t save: ${saveState.message}`
          : dirty
            ? 'Unsaved changes'
            : saveState.kind === 'saved'
              ? `${mounted ? `Saved ${clock(saveState.at)}` : 'Saved'}${meta?.pending && live ? ' (unpublished changes)' : ''}`
              : 'Not saved yet';

  const errorEntries = Object.entries(errors);

  return (
    <div className="mt-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-line bg-paper/95 px-4 py-2 backdrop-blur">
        <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm font-medium ${saveState.kind === 'error' || saveState.kind === 'conflict' ? 'text-brand' : dirty ? 'text-ink' : 'text-muted'}`}>
          {saveText}
        </p>
        <div className="flex items-center gap-2">
          <a href="#status-heading" className="text-sm font-semibold underline lg:hidden">
            Status &amp; publishing
          </a>
          <span className="hidden text-xs text-muted sm:inline">Ctrl+S</span>
          <button type="button" className={buttonClass} onClick={() => void save()} disabled={saving} aria-keyshortcuts="Control+S Meta+S">
            Save
          </button>
        </div>
      </div>

      {others.length > 0 && (
        <p role="status" className="mt-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900" data-testid="presence">
          {others.map((o) => o.name).join(', ')} {others.length === 1 ? 'is' : 'are'} also editing this article.
        </p>
      )}

      {hasChanges && live && <PendingChanges live={live} current={formInput} names={diffNames} scheduled={status === 'SCHEDULED'} />}

      {conflict && (
        <section
          ref={conflictRef}
          tabIndex={-1}
          aria-labelledby="conflict-heading"
          data-testid="conflict"
          className="mt-3 rounded border-2 border-brand bg-white p-4 focus:outline-3 focus:outline-brand"
        >
          <h2 id="conflict-heading" className="font-serif text-xl font-bold text-brand">
            {conflict.modifiedBy ?? 'Someone'} saved this article at {dateTime(conflict.modifiedAt)}
          </h2>
          <p className="mt-1 text-sm">
            Your changes were not saved, and they are still in the form below. Compare the two versions, then keep yours (overwriting theirs) or load theirs.
          </p>
          <ConflictTable mine={toInput(form)} theirs={conflict.input} theirName={conflict.modifiedBy ?? 'Theirs'} />
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={buttonClass} onClick={() => void overwrite()} disabled={saving}>
              Overwrite with mine
            </button>
            <button type="button" className={secondaryButtonClass} onClick={loadTheirs} disabled={saving}>
              Load theirs (discard mine)
            </button>
          </div>
        </section>
      )}

      {formMessage && errorEntries.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading" className="mt-3 rounded border border-brand bg-white p-4 focus:outline-3 focus:outline-brand" data-testid="error-summary">
          <h2 id="error-summary-heading" className="font-semibold text-brand">
            {formMessage}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {errorEntries.map(([path, message]) => (
              <li key={path}>
                <a
                  href={`#${fieldId(path)}`}
                  className="prose-link"
                  onClick={(e) => {
                    e.preventDefault();
                    const el = targetFor(path);
                    el?.scrollIntoView({ block: 'center' });
                    el?.focus();
                  }}
                >
                  {errorLabel(path, form)}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <form
          className="min-w-0 space-y-8"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          aria-label="Article"
        >
          <MetaFields
            form={form}
            set={set}
            errors={errors}
            lookups={lookups}
            articleId={articleId}
            canFeature={user.canFeature}
            onTitle={onTitle}
            onSlug={onSlug}
          />
          <section aria-labelledby="body-heading">
            <h2 id="body-heading" className="font-serif text-2xl font-bold">
              Body
            </h2>
            {errors.body && (
              <p id={fieldId('body')} className="mt-1 text-sm font-medium text-brand">
                {errors.body}
              </p>
            )}
            <BlockList blocks={form.body} onChange={onBody} errors={errors} />
          </section>
        </form>
        <aside className="space-y-4 lg:sticky lg:top-16 lg:self-start" aria-label="Publishing">
          <StatusPanel
            status={status}
            publishedAt={meta?.publishedAt ?? null}
            scheduledAt={meta?.scheduledAt ?? null}
            publicPath={meta?.publicPath ?? null}
            articleId={articleId}
            canPublish={user.canPublish}
            pending={meta?.pending ?? null}
            hasChanges={hasChanges}
            busy={busy || saving || !!conflict}
            message={statusMessage}
            onTransition={(a, at) => void transition(a, at)}
          />
          {meta?.modifiedBy && (
            <p className="text-sm text-muted">
              Last saved by {meta.modifiedBy} at <LocalTime iso={meta.modifiedAt} />.
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}

/** Their version's key fields beside yours. */
function ConflictTable({ mine, theirs, theirName }: { mine: ArticleInput; theirs: ArticleInput; theirName: string }) {
  const clip = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);
  const rows: { label: string; mine: string; theirs: string }[] = [
    { label: 'Title', mine: mine.title, theirs: theirs.title },
    { label: 'Slug', mine: mine.slug, theirs: theirs.slug },
    { label: 'Standfirst', mine: mine.standfirst, theirs: theirs.standfirst },
    { label: 'Body', mine: clip(safeText(mine.body)), theirs: clip(safeText(theirs.body)) },
    { label: 'Tags', mine: mine.tags.join(', '), theirs: theirs.tags.join(', ') },
  ];
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[32rem] table-fixed text-left text-sm">
        <caption className="sr-only">Your version and {theirName}’s version</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="w-28 py-1 pr-2">
              Field
            </th>
            <th scope="col" className="py-1 pr-2">
              Yours
            </th>
            <th scope="col" className="py-1">
              {theirName}’s
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b border-line align-top last:border-0" data-changed={r.mine !== r.theirs ? 'true' : undefined}>
              <th scope="row" className="py-2 pr-2 font-semibold">
                {r.label}
                {r.mine !== r.theirs && <span className="block text-xs font-normal text-brand">differs</span>}
              </th>
              <td className="whitespace-pre-wrap break-words py-2 pr-2" data-testid={`conflict-mine-${r.label.toLowerCase()}`}>
                {r.mine || <span className="text-muted">(empty)</span>}
              </td>
              <td className="whitespace-pre-wrap break-words py-2" data-testid={`conflict-theirs-${r.label.toLowerCase()}`}>
                {r.theirs || <span className="text-muted">(empty)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function safeText(body: Block[]): string {
  try {
    return bodyToText(body);
  } catch {
    return '';
  }
}
