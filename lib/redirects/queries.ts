import { publicCache, shortPublicCache } from '../cache/public-cache';
import { tags } from '../cache/tags';
import { db } from '../db/client';
import { getEditions } from '../editions/queries';
import { EDITION_CODES } from '../i18n/languages';
import { getSiteChrome } from '../settings/queries';
import { articlePath } from '../urls/paths';
import { articlePathParts, normalizePath } from './paths';

/**
 * What a path that no page answers should answer (issue 11, part 4). Read
 * only on a miss (the article, listing and fallback routes call it where
 * they would answer 404), never for a page that exists:
 * - `moved`: 301 to `to` (an article's current URL, or a staff redirect's path);
 * - `gone`: the path was a published article's URL and the article is no
 *   longer published: 410;
 * - null: 404.
 */
export type MissFate = { kind: 'moved'; to: string } | { kind: 'gone' } | null;

export async function resolveMissingPath(rawPath: string): Promise<MissFate> {
  'use cache';
  const path = normalizePath(rawPath);
  const { settings } = await getSiteChrome();
  const redirect = await db().redirect.findUnique({
    where: { fromPath: path },
    select: { toPath: true, article: { select: { id: true, slug: true, status: true, publishedAt: true, language: true } } },
  });
  if (redirect?.toPath && !redirect.article) {
    publicCache(tags.redirects);
    return { kind: 'moved', to: redirect.toPath };
  }
  // An old URL of an article (a redirect row), or its current URL: the article decides.
  const parts = redirect ? null : articlePathParts(path);
  const article =
    redirect?.article ??
    (parts
      ? await db().article.findUnique({
          where: { slug: parts.slug },
          select: { id: true, slug: true, status: true, publishedAt: true, language: true },
        })
      : null);
  if (!article || !article.publishedAt) {
    // Anyone can make up endless unknown paths: each is a short-lived entry.
    // `latest`: publishing an article at this path must show at once; `redirects`: so must a staff redirect.
    shortPublicCache(...EDITION_CODES.map((code) => tags.latest(code)), tags.redirects, tags.site);
    return null;
  }
  publicCache(tags.article(article.id), tags.redirects, tags.site);
  if (article.status === 'PUBLISHED') {
    // Its current URL, in its edition (a disabled edition's article is not live: 404).
    const edition = (await getEditions()).all.find((e) => e.code === article.language);
    if (!edition) return null;
    const to = articlePath({ slug: article.slug, publishedAt: article.publishedAt }, settings.timeZone, edition.base);
    return to === path ? null : { kind: 'moved', to };
  }
  return { kind: 'gone' };
}
