import { publicCache, shortPublicCache } from '../cache/public-cache';
import { tags } from '../cache/tags';
import { db } from '../db/client';
import { storedBody } from '../blocks/schema';
import { bodyReferences, toViewBlocks, type ViewBlock } from '../articles/view';
import { getSiteChrome } from '../settings/queries';
import { LIVE_LIMITS } from './limits';

/**
 * Public reads of live blogs (ADR 017), cached and tagged `live:<id>` (plus
 * the article, for its state, and the images the entries show). The article
 * page reads the blog once per render; the update channel (/live/<id>) reads
 * the newest entries, one cached answer per blog for every reader.
 */

export type LiveEntryView = {
  id: string;
  title: string;
  keyEvent: boolean;
  publishedAt: Date;
  updatedAt: Date | null;
  author: string | null;
  body: ViewBlock[];
};

export type LiveBlogView = {
  articleId: string;
  status: 'LIVE' | 'ENDED';
  timeZone: string;
  /** Entries in the database (the page shows at most LIVE_LIMITS.pageEntries). */
  total: number;
  entries: LiveEntryView[];
};

/** The published live blog's state and newest `limit` entries, or null (not published, or not a live blog). Uncached. */
export async function readLiveBlog(articleId: string, limit: number, timeZone: string): Promise<LiveBlogView | null> {
  const article = await db().article.findFirst({
    where: { id: articleId, status: 'PUBLISHED', publishedAt: { not: null }, liveStatus: { not: 'NONE' } },
    select: { liveStatus: true, _count: { select: { liveEntries: true } } },
  });
  if (!article) return null;
  const rows = await db().liveBlogEntry.findMany({
    where: { articleId },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, title: true, body: true, keyEvent: true, publishedAt: true, updatedAt: true, author: { select: { name: true } } },
  });
  const bodies = rows.map((r) => storedBody(r.body, `live entry ${r.id}`));
  const mediaIds = [...new Set(bodies.flatMap((b) => bodyReferences(b).mediaIds))];
  const articleIds = [...new Set(bodies.flatMap((b) => bodyReferences(b).articleIds))];
  const [media, linked] = await Promise.all([
    mediaIds.length ? db().media.findMany({ where: { id: { in: mediaIds } }, select: { id: true, filename: true, width: true, height: true } }) : [],
    articleIds.length
      ? db().article.findMany({ where: { id: { in: articleIds }, status: 'PUBLISHED', publishedAt: { not: null } }, select: { id: true, slug: true, publishedAt: true } })
      : [],
  ]);
  const lookups = {
    media: new Map(media.map((m) => [m.id, m])),
    linked: new Map(linked.map((a) => [a.id, { slug: a.slug, publishedAt: a.publishedAt! }])),
    timeZone,
  };
  return {
    articleId,
    status: article.liveStatus === 'ENDED' ? 'ENDED' : 'LIVE',
    timeZone,
    total: article._count.liveEntries,
    entries: rows.map((r, i) => ({
      id: r.id,
      title: r.title,
      keyEvent: r.keyEvent,
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
      author: r.author?.name ?? null,
      body: toViewBlocks(bodies[i], lookups),
    })),
  };
}

function tagBlog(articleId: string, blog: LiveBlogView | null) {
  if (!blog) {
    // Unknown ids are anyone's to invent: keep them briefly. Publishing or starting the blog expires it.
    shortPublicCache(tags.live(articleId), tags.article(articleId));
    return;
  }
  const mediaIds = new Set(blog.entries.flatMap((e) => e.body.flatMap((b) => (b.type === 'image' && b.image ? [b.mediaId] : []))));
  publicCache(tags.live(articleId), tags.article(articleId), ...[...mediaIds].map((id) => tags.media(id)));
}

/** The blog with its newest `limit` entries, cached per blog and limit, tagged with the blog. */
async function cachedLiveBlog(articleId: string, limit: number): Promise<LiveBlogView | null> {
  'use cache';
  const { settings } = await getSiteChrome();
  const blog = await readLiveBlog(articleId, limit, settings.timeZone);
  tagBlog(articleId, blog);
  return blog;
}

/** The blog as its article page shows it: state and the newest entries (LIVE_LIMITS.pageEntries). */
export const getLiveBlog = (articleId: string) => cachedLiveBlog(articleId, LIVE_LIMITS.pageEntries);

/** The update channel's answer: the state and the newest entries (LIVE_LIMITS.feedEntries), the same for every reader. */
export const getLiveFeed = (articleId: string) => cachedLiveBlog(articleId, LIVE_LIMITS.feedEntries);
