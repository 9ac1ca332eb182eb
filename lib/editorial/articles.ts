import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { tags as cacheTags } from '../cache/tags';
import { editionArticlePath, pathContext, type PathContext } from '../editions/bases';
import type { ArticleInput } from './input';
import { isLive, type EditableArticle } from './types';

/** Loading articles for editing, and the snapshot a revision keeps. */

export type Db = PrismaClient | Prisma.TransactionClient;

export const editInclude = {
  tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: 'asc' } } },
  authors: { select: { authorId: true }, orderBy: { position: 'asc' } },
  modifiedBy: { select: { name: true } },
  pending: { include: { savedBy: { select: { name: true } }, submittedBy: { select: { name: true } } } },
} satisfies Prisma.ArticleInclude;

export type EditRow = Prisma.ArticleGetPayload<{ include: typeof editInclude }>;

export async function siteTimeZone(db: Db): Promise<string> {
  return (await db.siteSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } }))?.timeZone ?? 'Europe/Kyiv';
}

/** The editable fields of the article row itself: what readers see once it is published. */
export function toInput(row: Omit<EditRow, 'pending' | 'modifiedBy'>): ArticleInput {
  return {
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    sectionId: row.sectionId,
    tags: row.tags.map((t) => t.tag.name),
    authorIds: row.authors.map((a) => a.authorId),
    heroId: row.heroId,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    citingName: row.citingName,
    citingUrl: row.citingUrl,
    language: row.language as ArticleInput['language'],
    featured: row.featured,
    body: row.body as ArticleInput['body'],
  };
}

export function toEditable(row: EditRow, ctx: PathContext): EditableArticle {
  // Pending changes only count while the article is live (they are folded in when it leaves).
  const pending = isLive(row.status) ? row.pending : null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt.toISOString(),
    modifiedBy: row.modifiedBy?.name ?? null,
    publicPath: row.status === 'PUBLISHED' && row.publishedAt ? editionArticlePath({ slug: row.slug, publishedAt: row.publishedAt, language: row.language }, ctx) : null,
    input: (pending?.snapshot as ArticleInput | undefined) ?? toInput(row),
    pending: pending
      ? {
          savedAt: pending.savedAt.toISOString(),
          savedBy: pending.savedBy?.name ?? null,
          submittedAt: pending.submittedAt?.toISOString() ?? null,
          submittedBy: pending.submittedBy?.name ?? null,
        }
      : null,
    live: pending ? toInput(row) : null,
  };
}

export async function loadEditable(db: Db, id: string): Promise<EditableArticle | null> {
  const row = await db.article.findUnique({ where: { id }, include: editInclude });
  return row ? toEditable(row, await pathContext(db)) : null;
}

/**
 * What a change to an article's public version expires, from its rows before
 * and after: its own pages, and the lists it joins, leaves or shows in
 * (latest, its sections', tags' and authors' listings). Not other articles:
 * they show only their own content (lib/articles/queries.ts).
 */
export function articleCacheTags(
  ...rows: ({ id: string; language: string; translationGroup: string | null; sectionId: string; tagIds: string[]; authorIds: string[] } | null)[]
): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    if (!r) continue;
    // Lists are per edition (ADR 021): a Ukrainian publish leaves the English front page cached.
    out.add(cacheTags.latest(r.language));
    out.add(cacheTags.article(r.id));
    out.add(cacheTags.sectionList(r.sectionId, r.language));
    for (const t of r.tagIds) out.add(cacheTags.tagList(t));
    for (const a of r.authorIds) out.add(cacheTags.authorList(a, r.language));
    // Its versions in the other editions link to it (hreflang, edition switcher).
    if (r.translationGroup) out.add(cacheTags.translations(r.translationGroup));
  }
  return [...out];
}

export async function cacheKeysOf(db: Db, id: string) {
  const row = await db.article.findUnique({
    where: { id },
    select: { id: true, language: true, translationGroup: true, sectionId: true, tags: { select: { tagId: true } }, authors: { select: { authorId: true } } },
  });
  return row
    ? {
        id: row.id,
        language: row.language,
        translationGroup: row.translationGroup,
        sectionId: row.sectionId,
        tagIds: row.tags.map((t) => t.tagId),
        authorIds: row.authors.map((a) => a.authorId),
      }
    : null;
}
