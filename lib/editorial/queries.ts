import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db/client';
import { can } from '../auth/permissions';
import type { SessionUser } from '../auth/sessions';
import { buildArticleView } from '../articles/queries';
import { getEditionChrome, getEditions } from '../editions/queries';
import type { ArticleRow } from '../articles/view';
import { mediaPath } from '../urls/paths';
import { editionArticlePath, pathContext } from '../editions/bases';
import { editInclude, loadEditable } from './articles';
import type { ArticleInput } from './input';
import { slugify } from './input';
import { isLive } from './types';
import { isPlainText } from '../validation/text';
import { EDITION_CODES } from '../i18n/languages';
import type { Db } from './articles';
import { titleMatchIds } from './title-search';

/** Admin reads: the article list, editor look-ups, pickers and previews. */

export const ADMIN_PAGE_SIZE = 25;

export const listFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED']).optional().catch(undefined),
  sectionId: z.string().uuid().optional().catch(undefined),
  authorId: z.string().uuid().optional().catch(undefined),
  /** An edition's code (ADR 021). */
  edition: z.enum(EDITION_CODES).optional().catch(undefined),
  sort: z.enum(['modified', 'published', 'title']).default('modified').catch('modified'),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListFilter = z.infer<typeof listFilterSchema>;

type Cursor = { v: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString());
    // A hand-made cursor must not reach the query: PostgreSQL refuses U+0000.
    return typeof c?.id === 'string' && typeof c?.v === 'string' && isPlainText(c.id + c.v) ? c : null;
  } catch {
    return null;
  }
}

/**
 * One page of the admin article list, keyset-paginated on an indexed sort
 * key (stays fast at 100k articles). Authors see only their own articles.
 */
export async function listArticles(filter: ListFilter, user: SessionUser) {
  const where: Prisma.ArticleWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.sectionId ? { sectionId: filter.sectionId } : {}),
    ...(filter.authorId ? { authors: { some: { authorId: filter.authorId } } } : {}),
    ...(filter.edition ? { language: filter.edition } : {}),
    ...(can(user.role, 'articles:edit-any') ? {} : { createdById: user.id }),
  };
  const ids = filter.q ? await titleMatchIds(db(), filter.q) : null;
  if (ids) where.id = { in: ids };
  const key = filter.sort === 'published' ? 'publishedAt' : filter.sort === 'title' ? 'title' : 'modifiedAt';
  // "Published, newest first" lists what has been published (index: publishedAt DESC, id DESC).
  if (key === 'publishedAt') where.publishedAt = { not: null };
  const dir = filter.sort === 'title' ? 'asc' : 'desc';
  const cursor = decodeCursor(filter.cursor);
  if (cursor && (key === 'title' || !Number.isNaN(Date.parse(cursor.v)))) {
    const v = key === 'title' ? cursor.v : new Date(cursor.v);
    const op = dir === 'asc' ? 'gt' : 'lt';
    where.AND = [{ OR: [{ [key]: { [op]: v } }, { [key]: v, id: { [op]: cursor.id } }] }];
  }
  const rows = await db().article.findMany({
    where,
    orderBy: [{ [key]: dir }, { id: dir }],
    take: ADMIN_PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      language: true,
      modifiedAt: true,
      publishedAt: true,
      scheduledAt: true,
      section: { select: { name: true } },
      authors: { select: { author: { select: { name: true } } }, orderBy: { position: 'asc' } },
      modifiedBy: { select: { name: true } },
      pending: { select: { submittedAt: true } },
    },
  });
  const ctx = await pathContext(db());
  const page = rows.slice(0, ADMIN_PAGE_SIZE);
  const last = page.at(-1);
  const lastValue = last ? (last as Record<string, unknown>)[key] : null;
  return {
    items: page.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      edition: r.language,
      section: r.section.name,
      authors: r.authors.map((a) => a.author.name),
      modifiedAt: r.modifiedAt.toISOString(),
      publishedAt: r.publishedAt?.toISOString() ?? null,
      scheduledAt: r.scheduledAt?.toISOString() ?? null,
      modifiedBy: r.modifiedBy?.name ?? null,
      /** Unpublished changes to a live article: saved, or submitted for review by an author. */
      pending: r.pending && isLive(r.status) ? (r.pending.submittedAt ? ('submitted' as const) : ('saved' as const)) : null,
      publicPath: r.status === 'PUBLISHED' && r.publishedAt ? editionArticlePath({ slug: r.slug, publishedAt: r.publishedAt, language: r.language }, ctx) : null,
    })),
    nextCursor: rows.length > ADMIN_PAGE_SIZE && last ? encodeCursor({ v: lastValue instanceof Date ? lastValue.toISOString() : String(lastValue), id: last.id }) : null,
  };
}

/** The editions for admin pickers and filters, in their order (disabled ones too: staff prepare them). */
export async function adminEditions(database: Db = db()) {
  return database.edition.findMany({ orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { code: true, name: true, enabled: true } });
}

export async function getEditorLookups() {
  const [sections, authors, tags, editions] = await Promise.all([
    db().section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    db().author.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db().tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, language: true } }),
    adminEditions(),
  ]);
  return { sections, authors, tags, editions };
}

export function getEditableArticle(id: string) {
  return loadEditable(db(), id);
}

/** Published articles matching words of the title, for Background items. */
export async function searchPublishedForPicker(q: string) {
  const ctx = await pathContext(db());
  const rows = await db().article.findMany({
    where: { status: 'PUBLISHED', publishedAt: { not: null }, ...(q ? { title: { contains: q, mode: 'insensitive' } } : {}) },
    orderBy: { publishedAt: 'desc' },
    take: 15,
    select: { id: true, title: true, slug: true, publishedAt: true, language: true },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedAt: r.publishedAt!.toISOString(),
    path: editionArticlePath({ slug: r.slug, publishedAt: r.publishedAt!, language: r.language }, ctx),
  }));
}

/** One image of the media library by id, in the shape searchMedia() gives (null when there is none). */
export async function mediaItem(id: string) {
  const m = await db().media.findUnique({ where: { id }, select: { id: true, filename: true, width: true, height: true, alt: true, caption: true, credit: true } });
  return m ? { ...m, src: mediaPath(m) } : null;
}

export async function searchMedia(q: string) {
  const rows = await db().media.findMany({
    where: q ? { OR: [{ filename: { contains: q, mode: 'insensitive' } }, { caption: { contains: q, mode: 'insensitive' } }, { alt: { contains: q, mode: 'insensitive' } }] } : {},
    orderBy: { createdAt: 'desc' },
    take: 30,
    select: { id: true, filename: true, width: true, height: true, alt: true, caption: true, credit: true },
  });
  return rows.map((m) => ({ ...m, src: mediaPath(m) }));
}

/**
 * Titles of the articles that Background items link to, by id, for the
 * editor: only articles that are published or that `user` may edit (an
 * author must not learn the title of someone else's draft by pasting its id).
 */
export async function linkedTitles(user: Pick<SessionUser, 'id' | 'role'>, ids: string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const visible: Prisma.ArticleWhereInput = can(user.role, 'articles:edit-any') ? {} : { OR: [{ status: 'PUBLISHED', publishedAt: { not: null } }, { createdById: user.id }] };
  const rows = await db().article.findMany({ where: { id: { in: ids }, ...visible }, select: { id: true, title: true } });
  return Object.fromEntries(rows.map((a) => [a.id, a.title]));
}

export async function isSlugAvailable(slug: string, exceptId?: string) {
  const clash = await db().article.findFirst({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return !clash;
}

/** The article rendered as readers would see it, whatever its status. */
export async function previewArticleView(id: string) {
  const row = await db().article.findUnique({
    where: { id },
    include: {
      ...editInclude,
      section: { select: { id: true, slug: true, name: true, translations: true } },
      tags: { select: { tag: { select: { id: true, slug: true, name: true } } }, orderBy: { tag: { name: 'asc' } } },
      authors: { select: { author: { select: { id: true, slug: true, name: true, jobTitle: true } } }, orderBy: { position: 'asc' } },
      hero: { select: { id: true, filename: true, width: true, height: true } },
    },
  });
  if (!row) return null;
  // A live article with unpublished changes previews the changes (what Update would publish).
  const pending = row.pending && isLive(row.status) ? (row.pending.snapshot as ArticleInput) : null;
  const shown = pending ? await withInput(row, pending) : row;
  // In its edition's language and chrome (ADR 021); a disabled edition previews in the default's.
  const { all } = await getEditions();
  const edition = all.find((e) => e.code === shown.language) ?? all.find((e) => e.isDefault) ?? all[0];
  const chrome = await getEditionChrome(edition);
  const view = await buildArticleView(shown, new Date());
  return { view, chrome, createdById: row.createdById, status: row.status, pending: !!pending };
}

/** An article row with `input`'s fields and the section, tags, authors and hero they name. */
async function withInput<R extends ArticleRow>(row: R, input: ArticleInput): Promise<R> {
  const tagSlugs = input.tags.map(slugify);
  const [section, tags, authors, hero] = await Promise.all([
    db().section.findUnique({ where: { id: input.sectionId }, select: { id: true, slug: true, name: true } }),
    db().tag.findMany({ where: { slug: { in: tagSlugs } }, select: { id: true, slug: true, name: true } }),
    db().author.findMany({ where: { id: { in: input.authorIds } }, select: { id: true, slug: true, name: true, jobTitle: true } }),
    input.heroId ? db().media.findUnique({ where: { id: input.heroId }, select: { id: true, filename: true, width: true, height: true } }) : null,
  ]);
  return {
    ...row,
    ...input,
    section: section ?? row.section,
    // Tags that do not exist yet are created when the changes go live.
    tags: input.tags.map((name, i) => ({ tag: tags.find((t) => t.slug === tagSlugs[i]) ?? { id: '', slug: tagSlugs[i], name } })),
    authors: input.authorIds.flatMap((id) => authors.filter((a) => a.id === id).map((author) => ({ author }))),
    hero,
  };
}
