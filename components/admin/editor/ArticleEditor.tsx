'use client';

import '@/lib/validation/browser-jitless';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { slugify, type ArticleInput } from '@/lib/editorial/input';
import { isLive, type ArticleStatus, type EditableArticle, type TransitionAction } from '@/lib/editorial/types';
import { bodyToText } from '@/lib/blocks/schema';
import * as api from './api';
import type { DraftForSuggestions } from './api';
import { BlockList } from './BlockList';
import { ConflictPanel } from './ConflictPanel';
import { DraftContext } from './draft-context';
import { ErrorSummary } from './ErrorSummary';
import { emptyInput, fieldId, fromInput, toInput, type FormState, type KeyedBlock } from './model';
import { MetaFields, type Lookups } from './MetaFields';
import { CorrectionsPanel } from './CorrectionsPanel';
import { TranslationsPanel } from './TranslationsPanel';
import { PendingChanges } from './PendingChanges';
import { rememberTitles } from './pickers';
import { SaveBar } from './SaveBar';
import { StatusPanel } from './StatusPanel';
import { useArticleSave } from './useArticleSave';
import { useLatest } from './useLatest';
import { useLeaveGuard } from './useLeaveGuard';
import { usePresence } from './usePresence';
import { LocalTime } from '../LocalTime';

type Meta = Pick<EditableArticle, 'status' | 'publishedAt' | 'scheduledAt' | 'modifiedAt' | 'modifiedBy' | 'publicPath' | 'pending'>;

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

const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What the status panel says after each workflow action. */
function doneText(action: TransitionAction, article: EditableArticle): string {
  const scheduled = article.status === 'SCHEDULED';
  const texts: Record<TransitionAction, string> = {
    submit: 'Submitted for review.',
    publish: 'Published.',
    schedule: `Scheduled for ${article.scheduledAt ? dateTime(article.scheduledAt) : 'later'}.`,
    unpublish: 'Unpublished: the article is no longer public.',
    draft: 'Moved back to draft.',
    update: scheduled ? 'Updated: the scheduled version now includes your changes.' : 'Updated: readers now see your changes.',
    discard: `Changes discarded: the editor shows the ${scheduled ? 'scheduled' : 'live'} version again.`,
    'submit-changes': 'Changes submitted for review: an editor will publish them.',
  };
  return texts[action];
}

export type EditorUser = { name: string; canPublish: boolean; canFeature: boolean; canCreateTags: boolean; canLinkTranslations: boolean };

/**
 * The article editor: the form (fields and body blocks), saving
 * (./useArticleSave.ts), conflicts and errors without losing text, presence,
 * the leave warning, unpublished changes of a live article, and the workflow.
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
  defaults: { sectionId: string; authorIds: string[]; language?: ArticleInput['language'] };
  /** Titles of the articles that Background items link to, by id. */
  linkedTitles?: Record<string, string>;
}) {
  useState(() => rememberTitles(linkedTitles));
  const [meta, setMeta] = useState<Meta | null>(initial ? metaOf(initial) : null);
  const [live, setLive] = useState<ArticleInput | null>(initial ? liveOf(initial) : null);
  const [form, setForm] = useState<FormState>(() => fromInput(initial?.input ?? { ...emptyInput(defaults.sectionId, defaults.authorIds), language: defaults.language ?? 'en' }));
  // The saved edition: the Translations panel reloads when a save changes it.
  const [savedLanguage, setSavedLanguage] = useState(initial?.input.language ?? null);
  const formRef = useLatest(form);
  const [slugByHand, setSlugByHand] = useState(() => !!initial && (!!initial.publishedAt || isLive(initial.status) || initial.input.slug !== slugify(initial.input.title)));
  const [busy, setBusy] = useState(false);
  const [statusMessage, setStatusMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  // Focus moves to the error summary or the conflict panel after they render.
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: 'summary' | 'conflict'; n: number } | null>(null);
  const requestFocus = useCallback((target: 'summary' | 'conflict') => setFocusRequest((r) => ({ target, n: (r?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!focusRequest) return;
    const el = focusRequest.target === 'summary' ? summaryRef.current : conflictRef.current;
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest]);

  const saver = useArticleSave({
    initial,
    readInput: () => toInput(formRef.current),
    onArticle: (article) => {
      setMeta(metaOf(article));
      setSavedLanguage(article.input.language);
      setLive(liveOf(article));
      // Once an article has a public URL, its slug no longer follows the title.
      if (article.publishedAt || isLive(article.status)) setSlugByHand(true);
    },
    focus: requestFocus,
    titled: form.title.trim() !== '',
  });
  const { articleId, touch, dirty, saving, save, errors, setErrors, conflict } = saver;
  const others = usePresence(articleId);
  useLeaveGuard(dirty || saving);

  const status: ArticleStatus | null = meta?.status ?? null;
  // A live article's saves are pending changes: readers see `live` until an editor applies them.
  const hasChanges = live !== null && (meta?.pending != null || dirty);
  const formInput = useMemo(() => toInput(form), [form]);
  const articleIdRef = useLatest(articleId);
  /** What the draft says now, for the Background block's suggestions. */
  const getDraft = useCallback((): DraftForSuggestions => {
    const input = toInput(formRef.current);
    let text = '';
    try {
      text = bodyToText(input.body);
    } catch {}
    return {
      articleId: articleIdRef.current,
      language: input.language,
      title: input.title,
      standfirst: input.standfirst,
      text,
      tags: input.tags,
      exclude: input.body.flatMap((b) => (b.type === 'background' ? b.items.flatMap((i) => (i.articleId ? [i.articleId] : [])) : [])),
    };
  }, [formRef, articleIdRef]);
  const diffNames = useMemo(
    () => ({ sectionId: Object.fromEntries(lookups.sections.map((x) => [x.id, x.name])), authorIds: Object.fromEntries(lookups.authors.map((x) => [x.id, x.name])) }),
    [lookups],
  );

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

  /** Replaces the form with a stored version (nothing unsaved remains). */
  function showVersion(input: ArticleInput, savedAt: string) {
    setForm(fromInput(input));
    setSlugByHand(true);
    saver.markClean(savedAt);
  }

  async function transition(action: TransitionAction, scheduledAt?: string) {
    setBusy(true);
    setStatusMessage(null);
    try {
      await saver.settled();
      if (action === 'discard' && !meta?.pending) {
        // Nothing saved yet: going back to the live version is local.
        if (live) showVersion(live, meta?.modifiedAt ?? new Date().toISOString());
        setStatusMessage({ tone: 'ok', text: 'Changes discarded: the editor shows the live version again.' });
        return;
      }
      // Unsaved edits are saved first (discarding throws them away instead).
      if (action !== 'discard' && (saver.dirtyRef.current || !saver.articleIdRef.current)) {
        if (!(await save())) {
          setStatusMessage({ tone: 'error', text: 'Save the article first: see the messages above.' });
          return;
        }
      }
      const result = await api.transitionArticle(saver.articleIdRef.current!, { baseVersion: saver.versionRef.current, action, scheduledAt });
      if (result.ok) {
        saver.adopt(result.article);
        if (action === 'discard') showVersion(result.article.input, result.article.modifiedAt);
        saver.setSaveState({ kind: 'saved', at: result.article.modifiedAt });
        setStatusMessage({ tone: 'ok', text: doneText(action, result.article) });
      } else if (result.error === 'conflict') {
        saver.setConflict(result.current);
        saver.setSaveState({ kind: 'conflict' });
        requestFocus('conflict');
      } else if (result.error === 'invalid') {
        setErrors(result.fieldErrors);
        saver.setFormMessage(result.message);
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
    await save({ force: true, baseVersion: conflict.version });
  }

  function loadTheirs() {
    if (!conflict) return;
    saver.adopt(conflict);
    showVersion(conflict.input, conflict.modifiedAt);
    saver.setConflict(null);
  }

  return (
    <div className="mt-4">
      <SaveBar state={saver.saveState} dirty={dirty} saving={saving} pending={!!meta?.pending && !!live} onSave={() => void save()} />

      {others.length > 0 && (
        <p role="status" className="mt-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900" data-testid="presence">
          {others.map((o) => o.name).join(', ')} {others.length === 1 ? 'is' : 'are'} also editing this article.
        </p>
      )}

      {hasChanges && live && <PendingChanges live={live} current={formInput} names={diffNames} scheduled={status === 'SCHEDULED'} />}

      {conflict && <ConflictPanel ref={conflictRef} mine={formInput} theirs={conflict} busy={saving} onOverwrite={() => void overwrite()} onLoadTheirs={loadTheirs} />}

      {saver.formMessage && <ErrorSummary ref={summaryRef} message={saver.formMessage} errors={errors} form={form} />}

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
            canCreateTags={user.canCreateTags}
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
            <DraftContext value={getDraft}>
              <BlockList blocks={form.body} onChange={onBody} errors={errors} />
            </DraftContext>
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
          {articleId && status === 'PUBLISHED' && <CorrectionsPanel articleId={articleId} canEdit={user.canPublish} />}
          {articleId && savedLanguage && (
            <TranslationsPanel
              articleId={articleId}
              language={savedLanguage}
              canLink={user.canLinkTranslations}
              beforeCreate={async () => {
                await saver.settled();
                return saver.dirtyRef.current ? save() : true;
              }}
            />
          )}
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
