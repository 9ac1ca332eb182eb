import type { PrismaClient } from '../generated/prisma/client';
import type { SessionUser } from '../auth/sessions';
import { diffSnapshots, type FieldDiff } from './diff';
import { saveArticle, type WriteOutcome } from './save';
import type { RevisionSnapshot } from './write';

/** Revision history: list, readable diff between any two, restore as a new revision. */

export async function listRevisions(db: PrismaClient, articleId: string) {
  const rows = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { savedAt: 'desc' },
    select: { id: true, version: true, kind: true, status: true, pending: true, savedAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    kind: r.kind,
    status: r.status,
    pending: r.pending,
    userName: r.user?.name ?? 'Scheduler',
    savedAt: r.savedAt.toISOString(),
  }));
}

export async function diffRevisions(db: PrismaClient, articleId: string, fromId: string, toId: string): Promise<FieldDiff[] | null> {
  const revs = await db.articleRevision.findMany({ where: { articleId, id: { in: [fromId, toId] } }, select: { id: true, snapshot: true } });
  const from = revs.find((r) => r.id === fromId);
  const to = revs.find((r) => r.id === toId);
  if (!from || !to) return null;
  const a = from.snapshot as RevisionSnapshot;
  const b = to.snapshot as RevisionSnapshot;
  // Sections and authors by name, not id.
  const [sections, authors] = await Promise.all([
    db.section.findMany({ where: { id: { in: [a.sectionId, b.sectionId] } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: [...(a.authorIds ?? []), ...(b.authorIds ?? [])] } }, select: { id: true, name: true } }),
  ]);
  const names = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));
  return diffSnapshots(a, b, { sectionId: names(sections), authorIds: names(authors) });
}

/**
 * Saves an old revision's fields as the newest version (a new revision; history
 * is kept). On a published or scheduled article that makes pending changes,
 * like any save: readers see it only after an editor's Update.
 */
export async function restoreRevision(db: PrismaClient, user: SessionUser, articleId: string, revisionId: string, baseVersion: number): Promise<WriteOutcome> {
  const rev = await db.articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } });
  if (!rev) return { status: 404, result: { ok: false, error: 'not-found', message: 'That revision does not exist.' }, invalidate: [] };
  const outcome = await saveArticle(db, user, { id: articleId, baseVersion, input: rev.snapshot });
  if (outcome.result.ok) {
    await db.articleRevision.updateMany({
      where: { articleId, version: outcome.result.article.version, kind: 'SAVE' },
      data: { kind: 'RESTORE' },
    });
  }
  return outcome;
}
