import type { FieldErrors } from '../validation/errors';
import type { ArticleInput } from './input';

export type ArticleStatus = 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';

/** Published and scheduled articles keep saved changes apart (pending) until an editor applies them. */
export function isLive(status: string | null | undefined): boolean {
  return status === 'PUBLISHED' || status === 'SCHEDULED';
}

/** Status changes the editor can ask for. */
export type StatusAction = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'draft';
/** What can be done with the pending changes of a published or scheduled article. */
export type PendingAction = 'update' | 'discard' | 'submit-changes';
export type TransitionAction = StatusAction | PendingAction;
export const PENDING_ACTIONS: readonly PendingAction[] = ['update', 'discard', 'submit-changes'];

/** Saved changes to a live (published or scheduled) article that readers do not see yet. */
export type PendingInfo = {
  savedAt: string;
  savedBy: string | null;
  /** Set when an author asked an editor to review and publish them. */
  submittedAt: string | null;
  submittedBy: string | null;
};

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
  /** What the editor edits: the pending changes when there are any, else the article itself. */
  input: ArticleInput;
  /** Pending changes (published or scheduled articles only); null when there are none. */
  pending: PendingInfo | null;
  /** When there are pending changes: the version readers see (or will see when the schedule comes). */
  live: ArticleInput | null;
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
