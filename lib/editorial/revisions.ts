import { diffWordsWithSpace } from 'diff';
import type { PrismaClient } from '../generated/prisma/client';
import { bodyToText } from '../blocks/schema';
import type { SessionUser } from '../auth/sessions';
import type { ArticleInput } from './input';
import { saveArticle, type WriteOutcome } from './save';

/** Revision history: list, readable diff between any two, restore as a new revision. */

export async function listRevisions(db: PrismaClient, articleId: string) {
  const rows = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { savedAt: 'desc' },
    select: { id: true, version: true, kind: true, status: true, savedAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, version: r.version, kind: r.kind, status: r.status, userName: r.user?.name ?? 'Scheduler', savedAt: r.savedAt.toISOString() }));
}

const FIELDS: [keyof ArticleInput, string][] = [
  ['title', 'Title'],
  ['slug', 'Slug'],
  ['standfirst', 'Standfirst'],
  ['sectionId', 'Section'],
  ['tags', 'Tags'],
  ['authorIds', 'Authors'],
  ['heroId', 'Hero image'],
  ['heroAlt', 'Hero alt text'],
  ['heroCaption', 'Hero caption'],
  ['heroCredit', 'Hero credit'],
  ['sourceName', 'Source'],
  ['sourceUrl', 'Source link'],
  ['citingName', 'Citing'],
  ['citingUrl', 'Citing link'],
  ['language', 'Language'],
  ['featured', 'Featured'],
  ['body', 'Body'],
];

function fieldText(input: ArticleInput, field: keyof ArticleInput): string {
  const v = input[field];
  if (field === 'body') return bodyToText(input.body);
  if (Array.isArray(v)) return v.join(', ');
  return v === null || v === undefined ? '' : String(v);
}

export type FieldDiff = { field: string; label: string; parts: { value: string; added?: true; removed?: true }[] };

/** Word-level differences of every changed field. Pure. */
export function diffSnapshots(from: ArticleInput, to: ArticleInput): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const [field, label] of FIELDS) {
    const a = fieldText(from, field);
    const b = fieldText(to, field);
    if (a === b) continue;
    out.push({
      field,
      label,
      parts: diffWordsWithSpace(a, b).map((p) => ({ value: p.value, ...(p.added ? { added: true as const } : {}), ...(p.removed ? { removed: true as const } : {}) })),
    });
  }
  return out;
}

export async function diffRevisions(db: PrismaClient, articleId: string, fromId: string, toId: string): Promise<FieldDiff[] | null> {
  const revs = await db.articleRevision.findMany({ where: { articleId, id: { in: [fromId, toId] } }, select: { id: true, snapshot: true } });
  const from = revs.find((r) => r.id === fromId);
  const to = revs.find((r) => r.id === toId);
  if (!from || !to) return null;
  return diffSnapshots(from.snapshot as ArticleInput, to.snapshot as ArticleInput);
}

/** Saves an old revision's fields as the newest version (a new revision; history is kept). */
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
