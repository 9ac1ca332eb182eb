import type { ArticleInput } from '@/lib/editorial/input';
import type { SaveResult, TransitionAction } from '@/lib/editorial/types';

/** Browser-side calls to the article JSON API (/admin/api/articles/...). Same-origin, cookie session. */

export type MediaItem = { id: string; src: string; width: number; height: number; filename: string; alt: string; caption: string; credit: string };
export type ArticleHit = { id: string; title: string; path: string; publishedAt: string | null };
export type Presence = { name: string; lastSeenAt: string };

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

/** Normalises any answer (or a network failure) into a SaveResult. */
async function send(url: string, method: string, body: unknown): Promise<SaveResult> {
  let res: Response;
  try {
    res = await fetch(url, { method, headers: JSON_HEADERS, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    return { ok: false, error: 'not-allowed', message: 'The server could not be reached. Check your connection; your text is still here.' };
  }
  const data = (await readJson(res)) as (Partial<SaveResult> & { error?: string; message?: string }) | null;
  if (data && typeof data === 'object' && 'ok' in data) return data as SaveResult;
  const message = data?.message || data?.error || `The server answered ${res.status}.`;
  if (res.status === 401) return { ok: false, error: 'unauthorized', message: 'You are signed out. Sign in again in another tab, then save; your text is still here.' };
  if (res.status === 403) return { ok: false, error: 'forbidden', message };
  if (res.status === 404) return { ok: false, error: 'not-found', message };
  return { ok: false, error: 'not-allowed', message };
}

export const createArticle = (input: ArticleInput) => send('/admin/api/articles', 'POST', { input });

export const saveArticle = (id: string, req: { baseVersion: number; input: ArticleInput; autosave?: boolean; force?: boolean }) => send(`/admin/api/articles/${id}`, 'PUT', req);

export const transitionArticle = (id: string, req: { baseVersion: number; action: TransitionAction; scheduledAt?: string }) =>
  send(`/admin/api/articles/${id}/transition`, 'POST', req);

export const restoreRevision = (id: string, revId: string, baseVersion: number) => send(`/admin/api/articles/${id}/revisions/${revId}/restore`, 'POST', { baseVersion });

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T | null> {
  try {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal });
    if (!res.ok) return null;
    return (await res.json()) as T;
  } catch {
    return null;
  }
}

export const checkSlug = (slug: string, id: string | null, signal?: AbortSignal) =>
  getJson<{ available: boolean; suggestion: string }>(`/admin/api/articles/slug?${new URLSearchParams({ slug, ...(id ? { id } : {}) })}`, signal);

export const searchMedia = (q: string, signal?: AbortSignal) => getJson<{ items: MediaItem[] }>(`/admin/api/media?${new URLSearchParams({ q })}`, signal);

export const getMediaItem = (id: string, signal?: AbortSignal) => getJson<{ items: MediaItem[] }>(`/admin/api/media?${new URLSearchParams({ id })}`, signal);

export const searchArticles = (q: string, signal?: AbortSignal) => getJson<{ items: ArticleHit[] }>(`/admin/api/articles/search?${new URLSearchParams({ q })}`, signal);

export async function heartbeat(id: string): Promise<Presence[] | null> {
  try {
    const res = await fetch(`/admin/api/articles/${id}/presence`, { method: 'POST', headers: JSON_HEADERS, body: '{}', credentials: 'same-origin' });
    if (!res.ok) return null;
    const data = (await res.json()) as { others?: Presence[] };
    return data.others ?? [];
  } catch {
    return null;
  }
}

export function leave(id: string) {
  try {
    void fetch(`/admin/api/articles/${id}/presence`, { method: 'DELETE', headers: JSON_HEADERS, credentials: 'same-origin', keepalive: true }).catch(() => {});
  } catch {
    // leaving is best effort
  }
}

export type SuggestionHit = ArticleHit & { publishedAt: string; sharedTags: number };
export type DraftForSuggestions = { articleId: string | null; language: string; title: string; standfirst: string; text: string; tags: string[]; exclude: string[] };

/** Earlier articles related to the draft (null when the request failed). */
export async function suggestBackground(draft: DraftForSuggestions, signal?: AbortSignal): Promise<SuggestionHit[] | null> {
  try {
    const res = await fetch('/admin/api/articles/suggestions', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(draft), credentials: 'same-origin', signal });
    if (!res.ok) return null;
    return ((await res.json()) as { items: SuggestionHit[] }).items;
  } catch {
    return null;
  }
}
