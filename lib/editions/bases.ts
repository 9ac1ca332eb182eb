import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { articlePath, editionBase } from '../urls/paths';

/**
 * Each edition's path base read straight from the database (ADR 021), for
 * writers and staff pages: inside a write's transaction, and uncached, unlike
 * the public getEditions(). Disabled editions included (staff prepare them).
 */
export interface PathContext {
  /** The site's time zone: an article path's date. */
  timeZone: string;
  /** Edition code → '' (the default edition) or "/<prefix>". */
  bases: Record<string, string>;
  /** Codes of the enabled editions. */
  enabled: Set<string>;
}

export async function pathContext(db: PrismaClient | Prisma.TransactionClient): Promise<PathContext> {
  const settings = await db.siteSettings.findUnique({ where: { id: 1 }, select: { timeZone: true, defaultEdition: true } });
  const editions = await db.edition.findMany({ select: { code: true, prefix: true, enabled: true } });
  const defaultCode = settings?.defaultEdition ?? 'en';
  return {
    timeZone: settings?.timeZone ?? 'Europe/Kyiv',
    bases: Object.fromEntries(editions.map((e) => [e.code, editionBase(e.prefix, e.code === defaultCode)])),
    enabled: new Set(editions.filter((e) => e.enabled).map((e) => e.code)),
  };
}

/** The public path of an article in its edition ("/uk/news/2026/12/01/slug"). */
export function editionArticlePath(article: { slug: string; publishedAt: Date; language: string }, ctx: PathContext): string {
  return articlePath(article, ctx.timeZone, ctx.bases[article.language] ?? '');
}
