'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { secondaryButtonClass } from '@/components/admin/fields';
import { getMediaItem, searchArticles, searchMedia, type ArticleHit, type MediaItem } from './api';
import { inputClass } from './controls';
import { useLatest } from './useLatest';

/** Debounced search against a JSON endpoint; results are kept until the next answer. */
function useSearch<T>(query: string, run: (q: string, signal: AbortSignal) => Promise<{ items: T[] } | null>, enabled: boolean) {
  const [items, setItems] = useState<T[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const runRef = useLatest(run);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      const data = await runRef.current(query.trim(), controller.signal);
      if (controller.signal.aborted) return;
      setLoading(false);
      setFailed(!data);
      setItems(data?.items ?? []);
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, enabled, runRef]);
  return { items, loading, failed };
}

/** A small version of a media file (its /media/<id>/<stored filename> path), through Next's image optimizer. */
const thumb = (src: string) => `/_next/image?url=${encodeURIComponent(src)}&w=256&q=75`;

/** The path of the chosen image: known from a pick, else asked of the media API once (the media route serves only the stored file name). */
function useMediaSrc(mediaId: string | null): [string | null, (item: MediaItem) => void] {
  const [known, setKnown] = useState<Record<string, string>>({});
  const remember = (item: MediaItem) => setKnown((k) => ({ ...k, [item.id]: item.src }));
  useEffect(() => {
    if (!mediaId || known[mediaId]) return;
    const controller = new AbortController();
    void getMediaItem(mediaId, controller.signal).then((data) => {
      const item = data?.items[0];
      if (item) setKnown((k) => ({ ...k, [item.id]: item.src }));
    });
    return () => controller.abort();
  }, [mediaId, known]);
  return [mediaId ? (known[mediaId] ?? null) : null, remember];
}

/**
 * Picks an image from the media library: a search box and a grid of results.
 * Shows the current choice with a "Change" / "Remove" pair.
 */
export function MediaPicker({
  id,
  label,
  mediaId,
  onPick,
  onClear,
  error,
  disabled,
  defaultOpen = !mediaId,
}: {
  id: string;
  label: string;
  mediaId: string | null;
  onPick: (item: MediaItem) => void;
  onClear?: () => void;
  error?: string;
  disabled?: boolean;
  /** Show the library at once (default: when nothing is chosen). */
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  // After a pick the clicked button disappears: focus moves to "Change image".
  const changeButton = useRef<HTMLButtonElement>(null);
  const [picked, setPicked] = useState(0);
  useEffect(() => {
    if (picked) changeButton.current?.focus();
  }, [picked]);
  const [query, setQuery] = useState('');
  const searchId = `${id}-search`;
  const { items, loading, failed } = useSearch(query, searchMedia, open && !disabled);
  const statusId = useId();
  const [src, rememberSrc] = useMediaSrc(mediaId);

  return (
    <fieldset className="rounded border border-line p-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      {mediaId ? (
        <div className="flex flex-wrap items-center gap-3">
          {src ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={thumb(src)} alt="" width={160} height={90} className="h-[90px] w-[160px] rounded bg-paper object-cover" />
          ) : (
            <span aria-hidden className="block h-[90px] w-[160px] rounded bg-paper" />
          )}
          <div className="flex gap-2">
            <button
              ref={changeButton}
              type="button"
              className={secondaryButtonClass}
              disabled={disabled}
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={`${id}-panel`}
            >
              {open ? 'Close library' : 'Change image'}
            </button>
            {onClear && (
              <button type="button" className={secondaryButtonClass} disabled={disabled} onClick={onClear}>
                Remove image
              </button>
            )}
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted">No image chosen.</p>
          {!open && (
            <button type="button" className={secondaryButtonClass} disabled={disabled} onClick={() => setOpen(true)} aria-expanded={open} aria-controls={`${id}-panel`}>
              Choose an image
            </button>
          )}
        </div>
      )}
      {open && !disabled && (
        <div id={`${id}-panel`} className="mt-3">
          <label htmlFor={searchId} className="block text-sm font-semibold">
            Search the media library
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            placeholder="File name, caption or credit"
            aria-describedby={statusId}
            className={inputClass}
          />
          <p id={statusId} className="mt-1 text-sm text-muted" aria-live="polite">
            {loading ? 'Searching…' : failed ? 'The media library could not be searched.' : items ? `${items.length} image${items.length === 1 ? '' : 's'} found` : ''}
          </p>
          {items && items.length > 0 && (
            <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={`Images for ${label}`}>
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="block w-full rounded border border-line bg-white p-1 text-left text-xs hover:border-ink aria-pressed:border-brand aria-pressed:ring-2 aria-pressed:ring-brand"
                    aria-pressed={item.id === mediaId}
                    onClick={() => {
                      rememberSrc(item);
                      onPick(item);
                      setOpen(false);
                      setPicked((n) => n + 1);
                    }}
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={thumb(item.src)} alt="" width={item.width} height={item.height} loading="lazy" className="aspect-video w-full rounded bg-paper object-cover" />
                    <span className="mt-1 block truncate">{item.alt || item.filename}</span>
                    <span className="sr-only">Choose this image: {item.filename}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Titles of linked articles: those the page loaded with, and those picked since. */
const pickedTitles = new Map<string, string>();

/** Remembers the titles of articles the body already links to (from the server). */
export function rememberTitles(titles: Record<string, string>) {
  for (const [id, title] of Object.entries(titles)) pickedTitles.set(id, title);
}

/** Picks one of our published articles by searching titles. */
export function ArticlePicker({
  id,
  articleId,
  onPick,
  onClear,
  disabled,
}: {
  id: string;
  articleId: string | undefined;
  onPick: (hit: ArticleHit) => void;
  onClear: () => void;
  disabled?: boolean;
}) {
  const [query, setQuery] = useState('');
  const searchId = `${id}-search`;
  const statusId = `${id}-status`;
  const { items, loading, failed } = useSearch(query, searchArticles, !articleId && query.trim().length >= 2 && !disabled);

  if (articleId) {
    return (
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <span>
          Links to: <strong>{pickedTitles.get(articleId) ?? 'an earlier article'}</strong>
        </span>
        <button type="button" className={secondaryButtonClass} onClick={onClear} disabled={disabled}>
          Change article
        </button>
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={searchId} className="block text-sm font-semibold">
        Find an earlier article
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        disabled={disabled}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        placeholder="Type at least 2 letters of the title"
        aria-describedby={statusId}
        className={inputClass}
      />
      <p id={statusId} className="mt-1 text-sm text-muted" aria-live="polite">
        {query.trim().length < 2 ? '' : loading ? 'Searching…' : failed ? 'Search failed.' : items ? `${items.length} article${items.length === 1 ? '' : 's'} found` : ''}
      </p>
      {items && items.length > 0 && query.trim().length >= 2 && (
        <ul className="mt-1 max-h-60 overflow-y-auto rounded border border-line bg-white" aria-label="Matching articles">
          {items.map((hit) => (
            <li key={hit.id} className="border-b border-line last:border-0">
              <button
                type="button"
                className="block w-full px-3 py-2 text-left text-sm hover:bg-paper"
                onClick={() => {
                  pickedTitles.set(hit.id, hit.title);
                  onPick(hit);
                }}
              >
                {hit.title}
                {hit.publishedAt && <span className="block text-xs text-muted">{new Date(hit.publishedAt).toLocaleDateString()}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
