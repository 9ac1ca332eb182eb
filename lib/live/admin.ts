import { z } from 'zod';
import { parseInput, refused, saved, type AdminResult } from '../admin/result';
import type { AuditAction } from '../audit/actions';
import type { Block } from '../blocks/schema';
import { recordAudit } from '../audit/log';
import type { SessionUser } from '../auth/sessions';
import { tags } from '../cache/tags';
import { mayEditArticle } from '../editorial/access';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { entryInput, liveStatusInput, type LiveStatusValue } from './schema';

/**
 * Live blog writes (ADR 017). An entry is a live update, not an edit of the
 * article: it is published the moment it is saved (no pending changes, no
 * review), by anyone who may edit the article (editors, and authors on their
 * own articles). Each write runs in one transaction with its audit entry and
 * returns the tags of what readers see change: the blog's own `live:<id>`
 * (its article page and its update channel), plus `article:<id>` when the
 * state changes (the article read carries it). Nothing else expires.
 */

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;

export type LiveEntryRow = {
  id: string;
  title: string;
  /** As stored: validated by entryInput when it was written. */
  body: Block[];
  keyEvent: boolean;
  publishedAt: Date;
  updatedAt: Date | null;
  author: string | null;
};

export type LiveWrite = { articleId: string; address?: string; now?: Date };

const idSchema = z.uuid('is not an id');

const entrySelect = {
  id: true,
  title: true,
  body: true,
  keyEvent: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
} satisfies Prisma.LiveBlogEntrySelect;

const toRow = (e: Prisma.LiveBlogEntryGetPayload<{ select: typeof entrySelect }>): LiveEntryRow => ({
  ...e,
  body: Array.isArray(e.body) ? (e.body as Block[]) : [],
  author: e.author?.name ?? null,
});

/** The article, locked for this write, when the user may edit it; or the refusal (404 / 403). */
async function lockArticle(tx: Tx, user: SessionUser, articleId: unknown) {
  const id = idSchema.safeParse(articleId);
  if (!id.success) return refused('This article does not exist.', {}, 404);
  await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${id.data} FOR UPDATE`;
  const row = await tx.article.findUnique({ where: { id: id.data }, select: { id: true, title: true, status: true, liveStatus: true, createdById: true } });
  if (!row) return refused('This article does not exist.', {}, 404);
  if (!mayEditArticle(user, row)) return refused('You do not have permission to edit this article.', {}, 403);
  return row;
}

type LockedArticle = Exclude<Awaited<ReturnType<typeof lockArticle>>, { ok: false }>;

/** Readers see a change only while the article is published. */
const blogTags = (a: LockedArticle, withArticle = false) => (a.status === 'PUBLISHED' ? [tags.live(a.id), ...(withArticle ? [tags.article(a.id)] : [])] : []);

async function audit(tx: Tx, user: SessionUser, w: LiveWrite, action: AuditAction, article: LockedArticle, detail?: Record<string, string | boolean>) {
  await recordAudit(tx, { actor: user, address: w.address ?? '', action, target: { type: 'article', id: article.id, label: article.title }, detail, at: w.now });
}

const AUDIT_OF_STATUS: Record<LiveStatusValue, AuditAction> = { LIVE: 'live.start', ENDED: 'live.end', NONE: 'live.stop' };

/** Makes the article a live blog (LIVE), ends it (ENDED), or turns it back into an ordinary article (NONE; entries are kept). */
export async function setLiveStatus(prisma: Db, user: SessionUser, w: LiveWrite & { input: unknown }): Promise<AdminResult<{ status: LiveStatusValue }>> {
  const parsed = parseInput(liveStatusInput, w.input, 'live blog state');
  if (!parsed.ok) return parsed;
  const { status } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, user, w.articleId);
    if ('ok' in article) return article;
    if (article.liveStatus === status) return saved({ status });
    await tx.article.update({ where: { id: article.id }, data: { liveStatus: status } });
    await audit(tx, user, w, AUDIT_OF_STATUS[status], article, { from: article.liveStatus });
    return saved({ status }, blogTags(article, true));
  });
}

/** Posts an entry: readers of a published live blog see it at once. */
export async function addEntry(prisma: Db, user: SessionUser, w: LiveWrite & { input: unknown }): Promise<AdminResult<LiveEntryRow>> {
  const parsed = parseInput(entryInput, w.input, 'entry', 'posted');
  if (!parsed.ok) return parsed;
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, user, w.articleId);
    if ('ok' in article) return article;
    if (article.liveStatus === 'NONE') return refused('This article is not a live blog: start the live blog first.', {}, 409);
    const entry = await tx.liveBlogEntry.create({
      data: {
        articleId: article.id,
        title: parsed.data.title,
        body: parsed.data.body as Prisma.InputJsonValue,
        keyEvent: parsed.data.keyEvent,
        authorId: user.id,
        ...(w.now ? { publishedAt: w.now } : {}),
      },
      select: entrySelect,
    });
    await audit(tx, user, w, 'live.entry-add', article, { entryId: entry.id, entry: entry.title.slice(0, 100), keyEvent: entry.keyEvent });
    return saved(toRow(entry), blogTags(article));
  });
}

/** Changes an entry's title, body or key-event flag; it keeps its time and place. */
export async function updateEntry(prisma: Db, user: SessionUser, w: LiveWrite & { entryId: unknown; input: unknown }): Promise<AdminResult<LiveEntryRow>> {
  const parsed = parseInput(entryInput, w.input, 'entry');
  if (!parsed.ok) return parsed;
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, user, w.articleId);
    if ('ok' in article) return article;
    const existing = await findEntry(tx, article.id, w.entryId);
    if (!existing) return refused('This entry does not exist (it may have been deleted).', {}, 404);
    const entry = await tx.liveBlogEntry.update({
      where: { id: existing.id },
      data: { title: parsed.data.title, body: parsed.data.body as Prisma.InputJsonValue, keyEvent: parsed.data.keyEvent, updatedAt: w.now ?? new Date() },
      select: entrySelect,
    });
    await audit(tx, user, w, 'live.entry-edit', article, { entryId: entry.id, entry: entry.title.slice(0, 100), keyEvent: entry.keyEvent });
    return saved(toRow(entry), blogTags(article));
  });
}

export async function deleteEntry(prisma: Db, user: SessionUser, w: LiveWrite & { entryId: unknown }): Promise<AdminResult<{ id: string }>> {
  return prisma.$transaction(async (tx) => {
    const article = await lockArticle(tx, user, w.articleId);
    if ('ok' in article) return article;
    const existing = await findEntry(tx, article.id, w.entryId);
    if (!existing) return refused('This entry does not exist (it may have been deleted).', {}, 404);
    await tx.liveBlogEntry.delete({ where: { id: existing.id } });
    await audit(tx, user, w, 'live.entry-delete', article, { entryId: existing.id, entry: existing.title.slice(0, 100) });
    return saved({ id: existing.id }, blogTags(article));
  });
}

async function findEntry(tx: Tx, articleId: string, entryId: unknown) {
  const id = idSchema.safeParse(entryId);
  if (!id.success) return null;
  return tx.liveBlogEntry.findFirst({ where: { id: id.data, articleId }, select: { id: true, title: true } });
}

/** Every entry of an article, newest first, for the admin panel (whatever the article's status). */
export async function listEntriesForEditing(prisma: Db | Tx, articleId: string): Promise<LiveEntryRow[]> {
  const rows = await prisma.liveBlogEntry.findMany({ where: { articleId }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], select: entrySelect });
  return rows.map(toRow);
}
