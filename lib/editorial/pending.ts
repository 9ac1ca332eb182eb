import type { RevisionKind } from '../generated/prisma/enums';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { articleCacheTags, editInclude, loadEditable, toInput, type Db, type EditRow } from './articles';
import { sameInput } from './diff';
import type { ArticleInput } from './input';
import type { PendingAction } from './types';
import { bumpVersion, editProblem, fail, featuredFor, invalid, MESSAGES, recordRevision, validate, writeArticle, type WriteOutcome } from './write';

/**
 * Pending changes: every save of a PUBLISHED or SCHEDULED article lands in
 * ArticlePending, never in the row readers see. Only an explicit editor action
 * changes the live version: Update (apply them), Publish now / Reschedule of a
 * scheduled article, or leaving the live state (unpublish, back to draft),
 * which folds them into the no-longer-public row. Authors may save pending
 * changes to their own live articles and submit them for review.
 */

/** The cache keys of an article row as readers see it (for invalidation). */
export function liveKeys(row: EditRow) {
  return {
    id: row.id,
    language: row.language,
    translationGroup: row.translationGroup,
    sectionId: row.sectionId,
    tagIds: row.tags.map((t) => t.tag.id),
    authorIds: row.authors.map((a) => a.authorId),
  };
}

/**
 * Stores `input` (already validated) as the pending changes of live article
 * `row`. Saving the live version back unchanged clears them. Nothing public
 * changes, so nothing is invalidated.
 */
export async function savePending(tx: Db, row: EditRow, user: SessionUser, input: ArticleInput, kind: RevisionKind, now = new Date()): Promise<WriteOutcome> {
  const live = toInput(row);
  const current = (row.pending?.snapshot as ArticleInput | undefined) ?? live;
  const snapshot = { ...input, featured: featuredFor(user, input, current.featured) };
  if (sameInput(snapshot, live)) {
    await tx.articlePending.deleteMany({ where: { articleId: row.id } });
  } else {
    await tx.articlePending.upsert({
      where: { articleId: row.id },
      create: { articleId: row.id, snapshot, savedById: user.id, savedAt: now },
      update: { snapshot, savedById: user.id, savedAt: now },
    });
  }
  await bumpVersion(tx, row.id, user, now);
  await recordRevision(tx, row.id, user.id, kind, snapshot);
  return { status: 200, result: { ok: true, article: (await loadEditable(tx, row.id))! }, invalidate: [] };
}

/**
 * Writes the pending changes of `row` into the article itself and removes
 * them. `live`: the article is (and stays) public, so readers see "Updated".
 * Returns the field errors when they no longer validate (a slug taken since,
 * a deleted section or image), or null when there was nothing pending.
 */
export async function applyPending(tx: Db, row: EditRow, user: SessionUser, now: Date, extra: { updatedAt?: Date } = {}) {
  if (!row.pending) return null;
  const v = await validate(tx, row.pending.snapshot, row.id, user);
  if ('errors' in v) return v;
  await writeArticle(tx, row, user, v.input, now, extra);
  await tx.articlePending.delete({ where: { articleId: row.id } });
  return { applied: true as const };
}

/** Update, Discard changes, Submit changes for review. Runs inside the caller's transaction, with the row locked. */
export async function pendingAction(tx: Db, row: EditRow, user: SessionUser, action: PendingAction, now: Date): Promise<WriteOutcome> {
  if (action === 'update' && !can(user.role, 'articles:publish'))
    return fail(403, { ok: false, error: 'forbidden', message: 'Only editors can publish changes. Submit them for review instead.' });
  const denied = editProblem(user, row);
  if (denied) return fail(403, { ok: false, error: 'forbidden', message: denied });
  if (row.status !== 'PUBLISHED' && row.status !== 'SCHEDULED') {
    return fail(422, { ok: false, error: 'not-allowed', message: 'Only published or scheduled articles have unpublished changes.' });
  }
  if (!row.pending) return fail(422, { ok: false, error: 'not-allowed', message: MESSAGES.noPending });

  if (action === 'update') {
    const published = row.status === 'PUBLISHED';
    const applied = await applyPending(tx, row, user, now, published ? { updatedAt: now } : {});
    if (applied && 'errors' in applied) return invalid(applied.errors);
    await recordRevision(tx, row.id, user.id, 'UPDATE');
    const after = await tx.article.findUniqueOrThrow({ where: { id: row.id }, include: editInclude });
    return {
      status: 200,
      result: { ok: true, article: (await loadEditable(tx, row.id))! },
      // A scheduled article is not public yet: its pages are not cached.
      invalidate: published ? articleCacheTags(liveKeys(row), liveKeys(after)) : [],
    };
  }
  if (action === 'discard') {
    await tx.articlePending.delete({ where: { articleId: row.id } });
    await bumpVersion(tx, row.id, user, now);
    await recordRevision(tx, row.id, user.id, 'DISCARD');
    return { status: 200, result: { ok: true, article: (await loadEditable(tx, row.id))! }, invalidate: [] };
  }
  // submit-changes
  await tx.articlePending.update({ where: { articleId: row.id }, data: { submittedAt: now, submittedById: user.id } });
  await bumpVersion(tx, row.id, user, now);
  await recordRevision(tx, row.id, user.id, 'SUBMIT', row.pending.snapshot as ArticleInput);
  return { status: 200, result: { ok: true, article: (await loadEditable(tx, row.id))! }, invalidate: [] };
}
