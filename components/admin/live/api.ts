import type { Block } from '@/lib/blocks/schema';
import type { LiveStatusValue } from '@/lib/live/schema';
import type { FieldErrors } from '@/lib/validation/errors';

/** Browser-side calls to the live blog JSON API (/admin/api/articles/:id/live...). Same-origin, cookie session. */

export type EntryJson = { id: string; title: string; body: Block[]; keyEvent: boolean; publishedAt: string; updatedAt: string | null; author: string | null };
export type EntryFields = { title: string; body: Block[]; keyEvent: boolean };
export type Answer<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: FieldErrors };

async function call<T>(url: string, method: string, body?: unknown): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, message: 'The server could not be reached. Check your connection; your text is still here.', fieldErrors: {} };
  }
  const data = (await res.json().catch(() => null)) as { ok?: boolean; value?: T; message?: string; error?: string; fieldErrors?: FieldErrors } | null;
  if (res.ok && data?.ok) return { ok: true, value: data.value as T };
  if (res.status === 401) return { ok: false, message: 'You are signed out. Sign in again in another tab, then try again; your text is still here.', fieldErrors: {} };
  return { ok: false, message: data?.message || data?.error || `The server answered ${res.status}.`, fieldErrors: data?.fieldErrors ?? {} };
}

const base = (articleId: string) => `/admin/api/articles/${articleId}/live`;

export const setLiveStatus = (articleId: string, status: LiveStatusValue) => call<{ status: LiveStatusValue }>(base(articleId), 'PUT', { status });
export const postEntry = (articleId: string, fields: EntryFields) => call<EntryJson>(`${base(articleId)}/entries`, 'POST', fields);
export const saveEntry = (articleId: string, entryId: string, fields: EntryFields) => call<EntryJson>(`${base(articleId)}/entries/${entryId}`, 'PUT', fields);
export const deleteEntry = (articleId: string, entryId: string) => call<{ id: string }>(`${base(articleId)}/entries/${entryId}`, 'DELETE');
