import type { ArticleInput, FieldErrors } from './input';

export type ArticleStatus = 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';

/** Status changes the editor can ask for. */
export type TransitionAction = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'draft';

/** The article as the editor loads it. */
export type EditableArticle = {
  id: string;
  version: number;
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  modifiedAt: string;
  modifiedBy: string | null;
  /** Public URL path when published. */
  publicPath: string | null;
  input: ArticleInput;
};

/** Answer of a save or transition (JSON from /admin/api/articles/...). */
export type SaveResult =
  | { ok: true; article: EditableArticle }
  /** 400: nothing saved; errors keyed by field. */
  | { ok: false; error: 'invalid'; message: string; fieldErrors: FieldErrors }
  /** 409: someone saved since baseVersion; nothing saved. `current` is their version. */
  | { ok: false; error: 'conflict'; message: string; current: EditableArticle }
  /** 401/403/404/422 */
  | { ok: false; error: 'unauthorized' | 'forbidden' | 'not-found' | 'not-allowed'; message: string };
