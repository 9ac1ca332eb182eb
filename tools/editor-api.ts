/**
 * A small client of the editor's JSON API (app/admin/api, ADR 005) for test
 * and benchmark scripts: sign in, create, publish, unpublish, retitle.
 * Every call goes to `base` (an instance or Varnish), same-origin JSON.
 */
import { DEMO_STAFF } from './seed/demo-staff.ts';

export interface EditableArticle {
  id: string;
  version: number;
  status: string;
  publicPath: string | null;
  input: Record<string, unknown> & { title: string };
}

export class EditorApiError extends Error {
  override name = 'EditorApiError';
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

export class EditorApi {
  private constructor(
    readonly base: string,
    readonly cookie: string,
  ) {}

  /** Signs in the demo editor (or `email`/`password`); the session cookie works on every instance. */
  static async signIn(base: string, who: { email: string; password: string } = DEMO_STAFF.find((s) => s.role === 'EDITOR')!): Promise<EditorApi> {
    const res = await fetch(`${base}/admin/api/sign-in`, {
      method: 'POST',
      headers: { accept: 'application/json', origin: base },
      body: new URLSearchParams({ email: who.email, password: who.password }),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    await res.arrayBuffer();
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    if (res.status !== 200 || !cookie) throw new EditorApiError(`sign-in at ${base} answered ${res.status}`);
    return new EditorApi(base, cookie);
  }

  /** The same session against another base URL (another instance, or Varnish). */
  at(base: string): EditorApi {
    return new EditorApi(base, this.cookie);
  }

  private async call(method: string, pathname: string, body?: unknown): Promise<EditableArticle> {
    const res = await fetch(this.base + pathname, {
      method,
      headers: { cookie: this.cookie, accept: 'application/json', ...(body ? { 'content-type': 'application/json', origin: this.base } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    if (res.status >= 300) throw new EditorApiError(`${method} ${pathname} answered ${res.status}: ${text.slice(0, 200)}`);
    return (JSON.parse(text) as { article: EditableArticle }).article;
  }

  get(id: string): Promise<EditableArticle> {
    return this.call('GET', `/admin/api/articles/${id}`);
  }

  /** A new draft with one paragraph. */
  create(input: { title: string; slug: string; sectionId: string; standfirst?: string; text?: string }): Promise<EditableArticle> {
    return this.call('POST', '/admin/api/articles', {
      input: {
        title: input.title,
        slug: input.slug,
        standfirst: input.standfirst ?? '',
        sectionId: input.sectionId,
        body: [{ type: 'paragraph', content: [{ text: input.text ?? 'Details to follow.' }] }],
      },
    });
  }

  transition(article: { id: string; version: number }, action: 'publish' | 'unpublish' | 'update'): Promise<EditableArticle> {
    return this.call('POST', `/admin/api/articles/${article.id}/transition`, { baseVersion: article.version, action });
  }

  /** Saves changed fields of a published article (pending changes) and makes them live (Update). */
  async change(article: EditableArticle, fields: Record<string, unknown>): Promise<EditableArticle> {
    const saved = await this.call('PUT', `/admin/api/articles/${article.id}`, { baseVersion: article.version, input: { ...article.input, ...fields } });
    return this.transition(saved, 'update');
  }

  /** Saves a new title on a published article and makes it live. */
  retitle(article: EditableArticle, title: string): Promise<EditableArticle> {
    return this.change(article, { title });
  }
}
