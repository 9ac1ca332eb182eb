'use client';

import { useCallback, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { controlClass, FormError, FormSuccess, secondaryButtonClass } from '@/components/admin/fields';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { editionLabel } from '@/lib/editions/labels';
import type { ArticleStatus } from '@/lib/editorial/types';
import type { TranslationsView } from '@/lib/editorial/translations';
import { callJson } from '../json-api';

type Candidate = { id: string; title: string; status: ArticleStatus; language: string; linked: boolean };

/**
 * The article's versions in the other editions (ADR 021), beside the editor:
 * each with its status and a link to edit it; "Create <Edition> version" for
 * every edition without one (a draft copy, opened at once); and for editors,
 * linking an existing article of another edition (found by title) and
 * unlinking this one. `language` is the article's saved edition: the panel
 * reloads when a save changes it.
 */
export function TranslationsPanel({
  articleId,
  language,
  canLink,
  beforeCreate,
}: {
  articleId: string;
  language: string;
  canLink: boolean;
  /** Saves unsaved edits first (the copy is made from the saved article); false when that failed. */
  beforeCreate: () => Promise<boolean>;
}) {
  const base = `/admin/api/articles/${articleId}/translations`;
  const router = useRouter();
  const [view, setView] = useState<TranslationsView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ q: string; items: Candidate[] } | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const words = q.trim();
  // The answer to what the search box says now (an older answer is not shown).
  const candidates = canLink && words && found?.q === words ? found.items : null;

  useEffect(() => {
    let live = true;
    void callJson<TranslationsView>(base, 'GET').then((a) => {
      if (!live) return;
      if (a.ok) setView(a.value);
      else setError(a.message);
    });
    return () => {
      live = false;
    };
  }, [base, language, reloads]);

  // Title search for "Link existing article", debounced.
  useEffect(() => {
    if (!canLink || !words) return;
    let live = true;
    const timer = setTimeout(async () => {
      const a = await callJson<Candidate[]>(`${base}/candidates?q=${encodeURIComponent(words)}`, 'GET');
      if (live) setFound({ q: words, items: a.ok ? a.value : [] });
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [words, base, canLink]);

  async function create(code: string) {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      if (!(await beforeCreate())) {
        setError('Save the article first: see the messages above.');
        return;
      }
      const a = await callJson<{ id: string }>(base, 'POST', { language: code });
      if (!a.ok) {
        setError(a.message);
        reload();
        return;
      }
      setDone(`Created the ${editionLabel(code)} version. Opening it…`);
      router.push(`/admin/articles/${a.value.id}`);
    } finally {
      setBusy(false);
    }
  }

  async function change(url: string, method: string, body: unknown, success: string) {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const a = await callJson<unknown>(url, method, body);
    setBusy(false);
    if (!a.ok) {
      setError(a.fieldErrors.articleId ?? a.message);
      return;
    }
    setQ('');
    setDone(success);
    reload();
  }

  return (
    <section aria-labelledby="translations-panel-heading" className="rounded border border-line bg-white p-4" data-testid="translations-panel">
      <h2 id="translations-panel-heading" className="font-semibold">
        Translations
      </h2>
      <p className="text-sm text-muted">This is the {editionLabel(view?.language ?? language)} version. Versions of the story in the other editions:</p>
      {view === null ? (
        <p className="mt-2 text-sm text-muted">Loading…</p>
      ) : view.versions.length === 0 ? (
        <p className="mt-2 text-sm text-muted">None yet.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm" aria-label="Versions in other editions">
          {view.versions.map((v) => (
            <li key={v.id} data-testid="translation" data-edition={v.language}>
              <p className="font-semibold">{editionLabel(v.language)}</p>
              <p className="flex flex-wrap items-center gap-2">
                <StatusBadge status={v.status as ArticleStatus} />
                {v.editable ? (
                  <a href={`/admin/articles/${v.id}`} className="prose-link">
                    {v.title || '(untitled)'}
                  </a>
                ) : (
                  <span>{v.title || 'Someone else’s version'}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {view && view.missing.length > 0 && (
        <div className="mt-3 flex flex-col items-start gap-2">
          {view.missing.map((e) => (
            <button key={e.code} type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void create(e.code)}>
              Create {editionLabel(e.code)} version
            </button>
          ))}
        </div>
      )}
      <div className="mt-2 space-y-2" aria-live="polite">
        <FormError message={error} />
        <FormSuccess message={done} />
      </div>
      {canLink && view && (
        <div className="mt-3 border-t border-line pt-3">
          <label htmlFor="translation-search" className="block text-sm font-semibold">
            Link existing article
          </label>
          <p id="translation-search-hint" className="text-sm text-muted">
            Find a version in another edition by its title.
          </p>
          <input
            id="translation-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="translation-search-hint"
            className={controlClass}
            autoComplete="off"
          />
          {candidates && (
            <ul className="mt-2 space-y-1 text-sm" aria-label="Articles to link">
              {candidates.length === 0 && <li className="text-muted">No article of another edition matches.</li>}
              {candidates.map((c) => (
                <li key={c.id} className="flex items-start justify-between gap-2">
                  <span>
                    <span className="font-semibold">{editionLabel(c.language)}:</span> {c.title}
                    {c.linked && <span className="text-muted"> (has translations)</span>}
                  </span>
                  <button
                    type="button"
                    className="shrink-0 underline"
                    disabled={busy}
                    onClick={() => void change(`${base}/link`, 'POST', { articleId: c.id }, `Linked the ${editionLabel(c.language)} version.`)}
                  >
                    Link<span className="sr-only"> “{c.title}”</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {view.group && view.versions.length > 0 && (
            <button
              type="button"
              className={`${secondaryButtonClass} mt-3`}
              disabled={busy}
              onClick={() => {
                if (window.confirm('Unlink this article from its versions in the other editions? The articles themselves stay.'))
                  void change(base, 'DELETE', undefined, 'Unlinked: this article is no longer linked to the other versions.');
              }}
            >
              Unlink from translations
            </button>
          )}
        </div>
      )}
    </section>
  );
}
