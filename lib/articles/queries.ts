import { cache } from 'react';
import { publicCache, shortPublicCache } from '../cache/public-cache';
import { db } from '../db/client';
import { tags } from '../cache/tags';
import { storedBody } from '../blocks/schema';
import { getSiteChrome } from '../settings/queries';
import { articlePath, sectionPath } from '../urls/paths';
import { editionByCode, getEditions, sectionIn } from '../editions/queries';
import type { EditionCode } from '../i18n/languages';
import { RELATED_COUNT } from './related';
import { findArticleIds } from '../search/articles';
import { bodyReferences, imageRef, toArticleView, type ArticleRow, type ImageRef, type MediaRow, type ViewContext } from './view';
import { Prisma } from '../generated/prisma/client';

/**
 * Public reads of articles. Only PUBLISHED articles ever leave this module.
 * Every list is one edition's (ADR 021): its articles, its paths, its section
 * names, tagged `latest:<edition>` and `list:…:<edition>`, so a publish in one
 * edition leaves the others' pages cached.
 */

export const PAGE_SIZE = 10;

export const published = { status: 'PUBLISHED', publishedAt: { not: null } } satisfies Prisma.ArticleWhereInput;

export const teaserSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  updatedAt: true,
  heroAlt: true,
  section: { select: { id: true, slug: true, name: true, translations: true } },
  hero: { select: { id: true, filename: true, width: true, height: true } },
} satisfies Prisma.ArticleSelect;

type TeaserRow = Prisma.ArticleGetPayload<{ select: typeof teaserSelect }>;

export type Teaser = {
  id: string;
  title: string;
  standfirst: string;
  path: string;
  publishedAt: Date;
  updatedAt: Date | null;
  section: { name: string; path: string };
  image: (ImageRef & { alt: string }) | null;
};

export function toTeaser(row: TeaserRow, ctx: ViewContext): Teaser {
  const publishedAt = row.publishedAt!;
  return {
    id: row.id,
    title: row.title,
    standfirst: row.standfirst,
    path: articlePath({ slug: row.slug, publishedAt }, ctx.timeZone, ctx.base),
    publishedAt,
    updatedAt: row.updatedAt,
    section: { name: sectionIn(row.section, ctx.code as EditionCode).name, path: sectionPath(row.section.slug, 1, ctx.base) },
    image: row.hero ? { ...imageRef(row.hero), alt: row.heroAlt } : null,
  };
}

/** The site's zone and an edition's path base and language: what teasers and views are resolved in. */
export async function viewContext(code: string): Promise<ViewContext> {
  const [{ settings }, edition] = await Promise.all([getSiteChrome(), editionByCode(code)]);
  return { timeZone: settings.timeZone, base: edition?.base ?? '', code };
}

/** Path bases of the enabled editions by code (an article links to articles of other editions). */
async function basesByCode(): Promise<Map<string, string>> {
  return new Map((await getEditions()).all.map((e) => [e.code, e.base]));
}

/** Resolves an article row (published or a draft being previewed) into its render model. */
export async function buildArticleView(row: ArticleRow, now?: Date) {
  const body = storedBody(row.body, `article ${row.id}`);
  const refs = bodyReferences(body);
  const [media, linked] = await Promise.all([
    refs.mediaIds.length ? db().media.findMany({ where: { id: { in: refs.mediaIds } }, select: { id: true, filename: true, width: true, height: true } }) : [],
    refs.articleIds.length
      ? db().article.findMany({ where: { id: { in: refs.articleIds }, ...published }, select: { id: true, slug: true, publishedAt: true, language: true } })
      : [],
  ]);
  const [ctx, bases] = await Promise.all([viewContext(row.language), basesByCode()]);
  return toArticleView(row, body, {
    media: new Map(media.map((m) => [m.id, m])),
    linked: new Map(linked.map((a) => [a.id, { slug: a.slug, publishedAt: a.publishedAt!, base: bases.get(a.language) ?? '' }])),
    ...ctx,
    now,
  });
}

type PublishedArticleRow = Omit<ArticleRow, 'section' | 'tags' | 'authors'> & {
  section: { id: string; slug: string; name: string; translations: unknown };
  tags: { tag: { id: string; slug: string; name: string } }[];
  authors: { author: { id: string; slug: string; name: string; jobTitle: string } }[];
  /** The images and published articles its body refers to. */
  media: MediaRow[];
  linked: { id: string; slug: string; publishedAt: number; language: string }[];
  translationGroup: string | null;
  /** The group's other published versions. */
  siblings: { language: string; slug: string; publishedAt: number }[];
};

/**
 * One statement, one round trip: the article and everything its page shows
 * (section, tags by name, authors in byline order, hero, the images and the
 * published articles its body refers to, found in the body's JSON, and its
 * corrections). Prisma's
 * includes cost one statement per relation (8–9 per render at 100,000
 * articles); this is the page's only database read.
 */
async function readPublishedArticle(slug: string): Promise<PublishedArticleRow | null> {
  const media = Prisma.sql`json_build_object('id', m."id", 'filename', m."filename", 'width', m."width", 'height', m."height")`;
  const rows = await db().$queryRaw<PublishedArticleRow[]>`
    SELECT a."id", a."slug", a."title", a."standfirst", a."body", a."language", a."translationGroup", a."publishedAt", a."updatedAt",
      a."heroAlt", a."heroCaption", a."heroCredit", a."sourceName", a."sourceUrl", a."citingName", a."citingUrl", a."liveStatus",
      (SELECT json_build_object('id', s."id", 'slug', s."slug", 'name', s."name", 'translations', s."translations") FROM "Section" s WHERE s."id" = a."sectionId") AS "section",
      (SELECT coalesce(json_agg(json_build_object('tag', json_build_object('id', t."id", 'slug', t."slug", 'name', t."name")) ORDER BY t."name"), '[]')
         FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = a."id") AS "tags",
      (SELECT coalesce(json_agg(json_build_object('author', json_build_object('id', au."id", 'slug', au."slug", 'name', au."name", 'jobTitle', au."jobTitle")) ORDER BY aa."position"), '[]')
         FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id") AS "authors",
      (SELECT ${media} FROM "Media" m WHERE m."id" = a."heroId") AS "hero",
      (SELECT coalesce(json_agg(${media}), '[]') FROM "Media" m
         WHERE m."id" IN (SELECT b->>'mediaId' FROM jsonb_array_elements(a."body") b WHERE b->>'type' = 'image')) AS "media",
      (SELECT coalesce(json_agg(json_build_object('id', l."id", 'slug', l."slug", 'language', l."language", 'publishedAt', floor(extract(epoch FROM l."publishedAt") * 1000))), '[]')
         FROM "Article" l
         WHERE l."id" IN (SELECT i->>'articleId' FROM jsonb_array_elements(a."body") b, jsonb_array_elements(b->'items') i WHERE b->>'type' = 'background')
           AND l."status" = 'PUBLISHED' AND l."publishedAt" IS NOT NULL) AS "linked",
      (SELECT coalesce(json_agg(json_build_object('id', c."id", 'kind', c."kind", 'text', c."text", 'date', floor(extract(epoch FROM c."date") * 1000)) ORDER BY c."date", c."createdAt"), '[]')
         FROM "ArticleCorrection" c WHERE c."articleId" = a."id") AS "corrections",
      (SELECT coalesce(json_agg(json_build_object('language', t."language", 'slug', t."slug", 'publishedAt', floor(extract(epoch FROM t."publishedAt") * 1000))), '[]')
         FROM "Article" t
         WHERE t."translationGroup" = a."translationGroup" AND t."id" <> a."id" AND t."status" = 'PUBLISHED' AND t."publishedAt" IS NOT NULL) AS "siblings"
    FROM "Article" a
    WHERE a."slug" = ${slug} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL`;
  return rows[0] ?? null;
}

/**
 * The published article with this slug, or null. The page checks its dated
 * path. Only the article's own content: lists of other articles ("Latest
 * news", "More from …") come from getArticleAside, cached apart, so that
 * publishing another story leaves this page cached. Read once per request
 * (React cache): generateMetadata and the page share it.
 */
export const getPublishedArticle = cache(async function publishedArticle(slug: string) {
  'use cache';
  const [row, bases] = await Promise.all([readPublishedArticle(slug), basesByCode()]);
  // Not published, or in a disabled edition.
  if (!row || !bases.has(row.language)) {
    // Publishing this slug later must make it appear (`latest`); anyone can make up slugs: short-lived.
    shortPublicCache(tags.site, ...[...bases.keys()].map((code) => tags.latest(code)));
    return null;
  }
  const ctx = await viewContext(row.language);
  const view = toArticleView(row, storedBody(row.body, `article ${row.id}`), {
    media: new Map(row.media.map((m) => [m.id, m])),
    linked: new Map(row.linked.map((a) => [a.id, { slug: a.slug, publishedAt: new Date(a.publishedAt), base: bases.get(a.language) ?? '' }])),
    ...ctx,
    translations: row.siblings.flatMap((t) =>
      bases.has(t.language) ? [{ code: t.language, path: articlePath({ slug: t.slug, publishedAt: new Date(t.publishedAt) }, ctx.timeZone, bases.get(t.language)) }] : [],
    ),
  });
  // The view's blocks were parsed once already; they keep the ids they refer to.
  const refs = bodyReferences(view.body);
  // Tagged with everything it shows: its section, tags and authors (bylines),
  // its images and the articles its Background links point to.
  publicCache(
    tags.article(row.id),
    tags.section(row.section.id),
    ...row.tags.map((t) => tags.tag(t.tag.id)),
    ...row.authors.map((a) => tags.author(a.author.id)),
    ...(row.hero ? [tags.media(row.hero.id)] : []),
    ...refs.mediaIds.map((id) => tags.media(id)),
    ...refs.articleIds.map((id) => tags.article(id)),
    // Its versions in the other editions (hreflang links, the edition switcher).
    ...(row.translationGroup ? [tags.translations(row.translationGroup)] : []),
  );
  return { view };
});

/**
 * The fast-changing lists beside an article, cached apart from it: the site's
 * latest news and the newest stories of its section (one more than shown, so
 * the reader's own article can be left out). Null for an unknown section.
 */
export async function getArticleAside(sectionSlug: string, code: string = 'en') {
  'use cache';
  const [section, ctx] = await Promise.all([db().section.findUnique({ where: { slug: sectionSlug }, select: { id: true, name: true, translations: true } }), viewContext(code)]);
  if (!section) {
    publicCache(tags.site);
    return null;
  }
  publicCache(tags.site, tags.latest(code), tags.section(section.id), tags.sectionList(section.id, code));
  const inEdition = { ...published, language: code };
  const [latest, related] = await Promise.all([
    db().article.findMany({ where: inEdition, orderBy: { publishedAt: 'desc' }, take: 12, select: teaserSelect }),
    db().article.findMany({ where: { ...inEdition, sectionId: section.id }, orderBy: { publishedAt: 'desc' }, take: RELATED_COUNT + 1, select: teaserSelect }),
  ]);
  return {
    timeZone: ctx.timeZone,
    sectionId: section.id,
    section: sectionIn(section, code as EditionCode).name,
    latest: latest.map((r) => toTeaser(r, ctx)),
    related: related.map((r) => toTeaser(r, ctx)),
  };
}

export type ArticleAside = NonNullable<Awaited<ReturnType<typeof getArticleAside>>>;

/** The newest published articles. */
export async function getLatest(limit = 30, code: string = 'en') {
  'use cache';
  publicCache(tags.site, tags.latest(code));
  const ctx = await viewContext(code);
  const rows = await db().article.findMany({ where: { ...published, language: code }, orderBy: { publishedAt: 'desc' }, take: limit, select: teaserSelect });
  return rows.map((r) => toTeaser(r, ctx));
}

/** Lead story, top stories, latest news and a block per section. */
export async function getFrontPage(code: string = 'en') {
  'use cache';
  publicCache(tags.latest(code), tags.site);
  const [{ sections }, ctx] = await Promise.all([getSiteChrome(), viewContext(code)]);
  const inEdition = { ...published, language: code };
  const [featured, latest] = await Promise.all([
    db().article.findMany({ where: { ...inEdition, featured: true }, orderBy: { publishedAt: 'desc' }, take: 3, select: teaserSelect }),
    db().article.findMany({ where: inEdition, orderBy: { publishedAt: 'desc' }, take: 40, select: teaserSelect }),
  ]);
  const lead = featured[0] ?? latest[0] ?? null;
  const seen = new Set(lead ? [lead.id] : []);
  const top = [...featured.slice(1), ...latest.filter((a) => a.hero)].filter((a) => !seen.has(a.id) && seen.add(a.id)).slice(0, 4);
  // The newest 4 of every section in two statements (one per section before):
  // the ids through the (sectionId, status, publishedAt) index, then their rows.
  const sectionIds = sections.map((s) => s.id);
  const newest = sectionIds.length
    ? await db().$queryRaw<{ id: string }[]>`
        SELECT l."id" FROM unnest(${sectionIds}::text[]) WITH ORDINALITY AS s(id, position)
        CROSS JOIN LATERAL (
          SELECT a."id" FROM "Article" a
          WHERE a."sectionId" = s.id AND a."language" = ${code} AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL
          ORDER BY a."publishedAt" DESC LIMIT 4
        ) l`
    : [];
  const rows = newest.length ? await db().article.findMany({ where: { id: { in: newest.map((r) => r.id) } }, orderBy: { publishedAt: 'desc' }, select: teaserSelect }) : [];
  const bySection = sections.map((section) => ({
    section: { name: sectionIn(section, code as EditionCode).name, path: sectionPath(section.slug, 1, ctx.base) },
    items: rows.filter((r) => r.section.id === section.id).map((r) => toTeaser(r, ctx)),
  }));
  return {
    lead: lead ? toTeaser(lead, ctx) : null,
    top: top.map((r) => toTeaser(r, ctx)),
    latest: latest.map((r) => toTeaser(r, ctx)),
    sections: bySection.filter((s) => s.items.length > 0),
  };
}

export type ListingKind = 'section' | 'tag' | 'author';

/** One page of a section, tag or author listing, or null when the entity doesn't exist or has no published article. */
export async function getListing(kind: ListingKind, slug: string, page: number, code: string = 'en') {
  'use cache';
  const ctx = await viewContext(code);
  let entity: { id: string; name: string; description: string; jobTitle?: string; photo?: (ImageRef & { alt: string }) | null } | null = null;
  let where: Prisma.ArticleWhereInput;
  let cacheTags: string[];
  if (kind === 'section') {
    const s = await db().section.findUnique({ where: { slug } });
    if (s) entity = { id: s.id, ...sectionIn(s, code as EditionCode) };
    where = { sectionId: s?.id };
    cacheTags = s ? [tags.section(s.id), tags.sectionList(s.id, code)] : [tags.site];
  } else if (kind === 'tag') {
    // A tag is one edition's: another edition's tag is not a page here.
    const t = await db().tag.findUnique({ where: { slug } });
    if (t && t.language === code) entity = { id: t.id, name: t.name, description: '' };
    where = { tags: { some: { tagId: t?.id } } };
    cacheTags = t ? [tags.tag(t.id), tags.tagList(t.id)] : [tags.latest(code)];
  } else {
    const a = await db().author.findUnique({ where: { slug }, include: { photo: true } });
    if (a)
      entity = {
        id: a.id,
        name: a.name,
        description: a.bio,
        jobTitle: a.jobTitle,
        photo: a.photo ? { ...imageRef(a.photo), alt: a.name } : null,
      };
    where = { authors: { some: { authorId: a?.id } } };
    cacheTags = a ? [tags.author(a.id), tags.authorList(a.id, code), ...(a.photo ? [tags.media(a.photo.id)] : [])] : [tags.latest(code)];
  }
  if (!entity) {
    // Unknown slugs and page numbers past the end are a short-lived entry each (anyone can make up endless ones).
    shortPublicCache(...cacheTags);
    return null;
  }
  const filter = { ...published, language: code, ...where };
  cacheTags.push(tags.site);
  const [total, rows] = await Promise.all([
    db().article.count({ where: filter }),
    db().article.findMany({
      where: filter,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: teaserSelect,
    }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // No published article, or a page past the end: a 404 like an unknown slug, cached
  // briefly (the list tag also brings the page back on the first publish).
  if (total === 0 || page > totalPages) {
    shortPublicCache(...cacheTags);
    return null;
  }
  publicCache(...cacheTags);
  return { entity, items: rows.map((r) => toTeaser(r, ctx)), page, totalPages, total };
}

/** Full-text search over one edition's published articles, best matches first. */
export async function searchArticles(query: string, page: number, code: string = 'en') {
  'use cache';
  const q = query.trim();
  // Every query and page is its own entry: keep them only a few minutes.
  if (q) shortPublicCache(tags.site, tags.latest(code));
  else publicCache(tags.site, tags.latest(code));
  const ctx = await viewContext(code);
  if (!q) return { items: [], total: 0, totalIsEstimate: false, page: 1, totalPages: 1 };
  const { ids, total, totalIsEstimate } = await findArticleIds(code, q, page, PAGE_SIZE);
  const rows = await db().article.findMany({ where: { id: { in: ids } }, select: teaserSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: ids.flatMap((id) => (byId.has(id) ? [toTeaser(byId.get(id)!, ctx)] : [])),
    total,
    totalIsEstimate,
    page,
    totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Slugs of the sections that have a published article in the edition (the others' pages answer 404). */
export async function getPublishedSectionSlugs(code: string = 'en'): Promise<string[]> {
  'use cache';
  publicCache(tags.site, tags.latest(code));
  const rows = await db().section.findMany({ where: { articles: { some: { ...published, language: code } } }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

/** Every published article of the edition: path, dates and its versions in the other editions, for sitemaps. */
export async function getSitemapEntries(code: string = 'en') {
  'use cache';
  publicCache(tags.site, tags.latest(code));
  const [ctx, bases] = await Promise.all([viewContext(code), basesByCode()]);
  const rows = await db().article.findMany({
    where: { ...published, language: code },
    orderBy: { publishedAt: 'desc' },
    select: { slug: true, title: true, publishedAt: true, updatedAt: true, language: true, translationGroup: true },
  });
  // Versions in other editions (hreflang alternates in the sitemap): one statement for all groups.
  const groups = [...new Set(rows.flatMap((r) => (r.translationGroup ? [r.translationGroup] : [])))];
  const siblings = groups.length
    ? await db().article.findMany({
        where: { ...published, translationGroup: { in: groups } },
        select: { slug: true, publishedAt: true, language: true, translationGroup: true },
      })
    : [];
  const pathIn = (r: { slug: string; publishedAt: Date | null; language: string }) =>
    articlePath({ slug: r.slug, publishedAt: r.publishedAt! }, ctx.timeZone, bases.get(r.language));
  return rows.map((r) => ({
    path: articlePath({ slug: r.slug, publishedAt: r.publishedAt! }, ctx.timeZone, ctx.base),
    title: r.title,
    language: r.language,
    publishedAt: r.publishedAt!,
    lastModified: r.updatedAt ?? r.publishedAt!,
    alternates: r.translationGroup
      ? siblings.filter((t) => t.translationGroup === r.translationGroup && t.language !== code && bases.has(t.language)).map((t) => ({ code: t.language, path: pathIn(t) }))
      : [],
  }));
}
