import type { FieldErrors } from '@/lib/validation/errors';

/**
 * Browser-side calls to the admin JSON routes that answer `{ok: true, value}`
 * or `{ok: false, message, fieldErrors}` (lib/editorial/http.ts
 * respondResult). Same-origin, cookie session; a network failure or an
 * unexpected answer becomes a message that keeps the editor's text.
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: FieldErrors };

export async function callJson<T>(url: string, method: string, body?: unknown): Promise<Answer<T>> {
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
