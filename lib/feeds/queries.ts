import { published, viewContext, type ListingKind } from '../articles/queries';
import { sectionIn } from '../editions/queries';
import type { EditionCode } from '../i18n/languages';
import { publicCache, shortPublicCache } from '../cache/public-cache';
import { tags } from '../cache/tags';
import { db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { articlePath, authorPath, mediaPath, sectionPath, tagPath } from '../urls/paths';

/** What a feed lists: the whole site, or one section, tag or author. */
export type FeedScope = { kind: 'site' } | { kind: ListingKind; slug: string };

export type FeedItem = {
  /** The article's id: the item's guid, stable when its slug changes. */
  id: string;
  title: string;
  summary: string;
  path: string;
  publishedAt: Date;
  updatedAt: Date | null;
  section: string;
  authors: string[];
  tags: string[];
  /** The hero image as stored (lib/media): its URL path, real MIME type and byte length. */
  image: { path: string; mimeType: string; byteSize: number; width: number; height: number } | null;
};

export type FeedData = {
  /** Title of the listing ('' for the whole site). */
  title: string;
  description: string;
  /** The HTML page the feed follows ("/" or the listing). */
  pagePath: string;
  items: FeedItem[];
};

export const FEED_LENGTH = { site: 50, listing: 30 } as const;

const itemSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  updatedAt: true,
  section: { select: { name: true, translations: true } },
  authors: { select: { author: { select: { name: true } } }, orderBy: { position: 'asc' } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
  hero: { select: { id: true, filename: true, mimeType: true, byteSize: true, width: true, height: true } },
} satisfies Prisma.ArticleSelect;

/** The entity a listing feed follows, with the filter and tags of its list; null when unknown. */
async function scopeOf(kind: ListingKind, slug: string, code: string, base: string) {
  if (kind === 'section') {
    const s = await db().section.findUnique({ where: { slug }, select: { id: true, name: true, description: true, translations: true } });
    if (!s) return null;
    const named = sectionIn(s, code as EditionCode);
    return {
      title: named.name,
      description: named.description,
      pagePath: sectionPath(slug, 1, base),
      where: { sectionId: s.id },
      tags: [tags.section(s.id), tags.sectionList(s.id, code)],
    };
  }
  if (kind === 'tag') {
    // A tag belongs to one edition.
    const t = await db().tag.findUnique({ where: { slug }, select: { id: true, name: true, language: true } });
    return t && t.language === code
      ? { title: t.name, description: '', pagePath: tagPath(slug, 1, base), where: { tags: { some: { tagId: t.id } } }, tags: [tags.tag(t.id), tags.tagList(t.id)] }
      : null;
  }
  const a = await db().author.findUnique({ where: { slug }, select: { id: true, name: true, bio: true } });
  return (
    a && {
      title: a.name,
      description: a.bio,
      pagePath: authorPath(slug, 1, base),
      where: { authors: { some: { authorId: a.id } } },
      tags: [tags.author(a.id), tags.authorList(a.id, code)],
    }
  );
}

/**
 * The newest published articles of a feed, or null for an unknown section,
 * tag or author (a short-lived entry, like unknown listing pages). Tagged
 * with the lists it shows, so a publish, update or unpublish refreshes it.
 */
export async function getFeedData(scope: FeedScope, code: string = 'en'): Promise<FeedData | null> {
  'use cache';
  const ctx = await viewContext(code);
  let head: { title: string; description: string; pagePath: string; where: Prisma.ArticleWhereInput };
  if (scope.kind === 'site') {
    publicCache(tags.site, tags.latest(code));
    // The description: the edition's tagline (lib/feeds/rss.ts fills it in).
    head = { title: '', description: '', pagePath: ctx.base || '/', where: {} };
  } else {
    const found = await scopeOf(scope.kind, scope.slug, code, ctx.base);
    if (!found) {
      shortPublicCache(tags.site, tags.latest(code));
      return null;
    }
    publicCache(tags.site, ...found.tags);
    head = found;
  }
  const rows = await db().article.findMany({
    where: { ...published, language: code, ...head.where },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: scope.kind === 'site' ? FEED_LENGTH.site : FEED_LENGTH.listing,
    select: itemSelect,
  });
  return {
    title: head.title,
    description: head.description,
    pagePath: head.pagePath,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.standfirst,
      path: articlePath({ slug: r.slug, publishedAt: r.publishedAt! }, ctx.timeZone, ctx.base),
      publishedAt: r.publishedAt!,
      updatedAt: r.updatedAt,
      section: sectionIn(r.section, code as EditionCode).name,
      authors: r.authors.map((a) => a.author.name),
      tags: r.tags.map((t) => t.tag.name),
      image: r.hero ? { path: mediaPath(r.hero), mimeType: r.hero.mimeType, byteSize: r.hero.byteSize, width: r.hero.width, height: r.hero.height } : null,
    })),
  };
}
