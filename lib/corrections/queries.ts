import { publicCache, shortPublicCache } from '../cache/public-cache';
import { tags } from '../cache/tags';
import { db } from '../db/client';
import { viewContext } from '../articles/queries';
import { articlePath } from '../urls/paths';
import type { CorrectionKind } from './input';

/** Public reads of corrections: the /corrections page. Only those on published articles. */

export const CORRECTIONS_PAGE_SIZE = 20;

export type CorrectionEntry = { id: string; kind: CorrectionKind; text: string; date: Date; article: { title: string; path: string } };

/**
 * Page `page` of every correction and editor's note on a published article,
 * newest first, or null past the last page. Tagged with the list and with each
 * article it names (a retitled or unpublished article changes the page).
 */
export async function getCorrectionsPage(page: number, code: string = 'en'): Promise<{ items: CorrectionEntry[]; page: number; totalPages: number } | null> {
  'use cache';
  // One edition's: its articles' corrections (ADR 021).
  const where = { article: { status: 'PUBLISHED', publishedAt: { not: null }, language: code } } as const;
  const [total, rows, ctx] = await Promise.all([
    db().articleCorrection.count({ where }),
    db().articleCorrection.findMany({
      where,
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
      take: CORRECTIONS_PAGE_SIZE,
      select: { id: true, kind: true, text: true, date: true, article: { select: { id: true, title: true, slug: true, publishedAt: true } } },
    }),
    viewContext(code),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE));
  if (page > totalPages) {
    shortPublicCache(tags.site, tags.corrections);
    return null;
  }
  publicCache(tags.site, tags.corrections, ...rows.map((r) => tags.article(r.article.id)));
  return {
    page,
    totalPages,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      date: r.date,
      article: { title: r.article.title, path: articlePath({ slug: r.article.slug, publishedAt: r.article.publishedAt! }, ctx.timeZone, ctx.base) },
    })),
  };
}
