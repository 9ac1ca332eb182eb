import { randomUUID } from 'node:crypto';
import { seedDemoStaff } from './demo-staff.ts';
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client.ts';
import { attribution, buildArticles, inline, type BuiltArticle } from './build.ts';
import { BUDGET } from './content/budget.ts';
import { CULTURE } from './content/culture.ts';
import { ECONOMY } from './content/economy.ts';
import { LIVE_BLOGS } from './content/live.ts';
import { FLOOD } from './content/flood.ts';
import { NEWS } from './content/news.ts';
import { OPINION } from './content/opinion.ts';
import { RAIL } from './content/rail.ts';
import { AUTHORS, CORRECTIONS, EDITION_TEXTS, SECTIONS, SITE, SOCIAL_LINKS, TAGS, TAGS_RU, TAGS_UK, TAG_LANGUAGE, adCampaigns } from './content/site.ts';
import { HERO_TEXTS } from './content/heroes.ts';
import { ARTICLES_UK } from './content/uk/index.ts';
import { ARTICLES_RU } from './content/ru/index.ts';
import { SOCIETY } from './content/society.ts';
import { SPECIAL } from './content/special.ts';
import { TECH } from './content/tech.ts';
import type { ArticleSeed } from './content/types.ts';
import { adImages, heroImages, portraitImages, renderImages, type RenderedImage } from './images.ts';

/**
 * The demo content seed: an invented national outlet ("The Ninth Meridian")
 * in three editions (English, Ukrainian at /uk/, Russian at /ru/; some
 * articles are translations sharing a translationGroup) with sections (named
 * per edition), authors (shared), tags (per edition), about seventy English,
 * forty-odd Ukrainian and twenty Russian articles published over the
 * last sixteen days (in story threads whose Background blocks link earlier
 * coverage), images drawn at seed time, settings, social links and ads.
 *
 *   seed(db)         inserts everything in one transaction (into an empty database)
 *   seedIfEmpty(db)  seeds only when there are no sections; true when it seeded
 *   wipeContent(db)  deletes all content, settings and ads (for `db:seed --force`)
 *
 * Both seeding functions also create the demo staff accounts of
 * tools/seed/demo-staff.ts (public passwords) when the database has no staff
 * accounts at all; existing accounts are never reset, re-enabled or
 * re-created. Pass `{ staff: false }` to leave users alone. Whether start-up seeds at all is decided by
 * tools/db/prepare.ts (demoSeedPolicy).
 */

export { DRAFT_SLUG, IN_REVIEW_SLUG, SCHEDULED_SLUG, SHOWCASE_SLUG } from './content/special.ts';
export { LIVE_SLUG, LIVE_SLUG_UK } from './content/live.ts';
/** The showcase's Ukrainian and Russian versions (same translationGroup as SHOWCASE_SLUG; each leads its edition's front page). */
export { SHOWCASE_SLUG_UK } from './content/uk/index.ts';
export { SHOWCASE_SLUG_RU } from './content/ru/index.ts';

/** Section slugs, in menu order. */
export const DEMO_SECTIONS: readonly string[] = SECTIONS.map((s) => s.slug);

/** Every English demo article, as written (the showcase, draft, in-review and scheduled ones last). */
export const DEMO_ARTICLES: readonly ArticleSeed[] = [...FLOOD, ...BUDGET, ...RAIL, ...TECH, ...ECONOMY, ...SOCIETY, ...CULTURE, ...OPINION, ...NEWS, ...SPECIAL];

/** The Ukrainian and Russian editions' demo articles (some are translations of English ones: translationOf). */
export const DEMO_ARTICLES_UK: readonly ArticleSeed[] = ARTICLES_UK;
export const DEMO_ARTICLES_RU: readonly ArticleSeed[] = ARTICLES_RU;

/** Every demo article of every edition. */
export const ALL_DEMO_ARTICLES: readonly ArticleSeed[] = [...DEMO_ARTICLES, ...ARTICLES_UK, ...ARTICLES_RU];

export const DEMO_SITE_NAME = SITE.siteName;

type Tx = Prisma.TransactionClient;

interface Prepared {
  now: Date;
  media: (RenderedImage & { id: string })[];
  articles: BuiltArticle[];
  ids: { sections: Map<string, string>; tags: Map<string, string>; authors: Map<string, string>; media: Map<string, string> };
}

/** Everything that does not need the database: images, ids, bodies, times. */
async function prepare(now: Date): Promise<Prepared> {
  const rendered = await renderImages([...heroImages(), ...portraitImages(), ...adImages()]);
  const media = rendered.map((m) => ({ ...m, id: randomUUID() }));
  const ids = {
    sections: new Map(SECTIONS.map((s) => [s.slug as string, randomUUID()])),
    tags: new Map([...TAGS, ...TAGS_UK, ...TAGS_RU].map(([slug]) => [slug, randomUUID()])),
    authors: new Map(AUTHORS.map((a) => [a.slug as string, randomUUID()])),
    media: new Map(media.map((m) => [m.key, m.id])),
  };
  const mediaRef = (key: string) => {
    const id = ids.media.get(key);
    if (!id) throw new Error(`seed: unknown image ${key}`);
    return { id };
  };
  const articles = buildArticles([...ALL_DEMO_ARTICLES], now, mediaRef, {
    sections: new Set(ids.sections.keys()),
    tags: new Set(ids.tags.keys()),
    authors: new Set(ids.authors.keys()),
  });
  return { now, media, articles, ids };
}

async function insert(tx: Tx, p: Prepared): Promise<void> {
  const { now, ids } = p;
  const DAY = 24 * 60 * 60 * 1000;
  const mediaByKey = new Map(p.media.map((m) => [m.key, m]));

  await tx.media.createMany({
    data: p.media.map((m) => ({
      id: m.id,
      filename: m.filename,
      mimeType: m.mimeType,
      width: m.width,
      height: m.height,
      byteSize: m.byteSize,
      data: m.data,
      alt: m.alt,
      caption: m.caption,
      credit: m.credit,
      createdAt: new Date(now.getTime() - 17 * DAY),
    })),
  });

  await tx.section.createMany({
    data: SECTIONS.map((s, i) => ({
      id: ids.sections.get(s.slug)!,
      slug: s.slug,
      name: s.name,
      description: s.description,
      translations: s.translations,
      position: i + 1,
    })),
  });
  await tx.tag.createMany({
    data: [...TAGS, ...TAGS_UK, ...TAGS_RU].map(([slug, name]) => ({ id: ids.tags.get(slug)!, slug, name, language: TAG_LANGUAGE.get(slug)! })),
  });
  // The migration inserts the Edition rows; the demo only names the Ukrainian and Russian sites.
  for (const [code, texts] of Object.entries(EDITION_TEXTS)) await tx.edition.update({ where: { code }, data: texts });
  await tx.author.createMany({
    data: AUTHORS.map((a) => ({
      id: ids.authors.get(a.slug)!,
      slug: a.slug,
      name: a.name,
      jobTitle: a.jobTitle,
      bio: a.bio,
      photoId: ids.media.get(a.photo) ?? null,
      createdAt: new Date(now.getTime() - 30 * DAY),
    })),
  });

  await tx.article.createMany({
    data: p.articles.map((a) => {
      const s = a.seed;
      const hero = mediaByKey.get(s.hero)!;
      const local = a.language === 'en' ? undefined : HERO_TEXTS[a.language];
      const [heroAlt, heroCaption] = local?.images[s.hero] ?? [hero.alt, hero.caption];
      return {
        id: a.id,
        slug: s.slug,
        title: a.title,
        standfirst: a.standfirst,
        body: a.body as Prisma.InputJsonValue,
        bodyText: a.bodyText,
        status: a.status,
        language: a.language,
        translationGroup: a.translationGroup,
        featured: s.featured ?? false,
        publishedAt: a.publishedAt,
        scheduledAt: a.scheduledAt,
        updatedAt: a.updatedAt,
        createdAt: a.createdAt,
        modifiedAt: a.modifiedAt,
        version: a.updatedAt ? 2 : 1,
        sectionId: ids.sections.get(s.section)!,
        heroId: hero.id,
        heroAlt: s.heroAlt ?? heroAlt,
        heroCaption: a.heroCaption || heroCaption,
        heroCredit: s.heroCredit ?? local?.credit ?? hero.credit,
        ...attribution(s, a.publishedAt ?? now),
      };
    }),
  });
  await tx.articleTag.createMany({
    data: p.articles.flatMap((a) => a.seed.tags.map((t) => ({ articleId: a.id, tagId: ids.tags.get(t)! }))),
  });
  await tx.articleAuthor.createMany({
    data: p.articles.flatMap((a) => a.seed.authors.map((slug, position) => ({ articleId: a.id, authorId: ids.authors.get(slug)!, position }))),
  });

  const bySlug = new Map(p.articles.map((a) => [a.seed.slug, a]));
  await tx.articleCorrection.createMany({
    data: CORRECTIONS.flatMap(([slug, kind, text, days]) => {
      const a = bySlug.get(slug);
      if (!a?.publishedAt) return [];
      // Never dated in the future of the demo timeline.
      const date = new Date(Math.min(a.publishedAt.getTime() + days * DAY, now.getTime()));
      return [{ articleId: a.id, kind, text, date, createdAt: date }];
    }),
  });
  await insertLiveBlog(tx, p);

  await tx.adCampaign.createMany({
    data: adCampaigns(now).map(({ image, ...c }) => ({ ...c, imageId: image ? (ids.media.get(image) ?? null) : null })),
  });
  await tx.socialLink.createMany({ data: SOCIAL_LINKS.map((l, position) => ({ ...l, position })) });
  await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...SITE }, update: SITE });
}

/** The demo live blogs (LIVE_BLOGS): each article becomes LIVE, its entries spread evenly between its publication and now. */
async function insertLiveBlog(tx: Tx, p: Prepared): Promise<void> {
  for (const blog of LIVE_BLOGS) {
    const article = p.articles.find((a) => a.seed.slug === blog.slug);
    if (!article?.publishedAt) throw new Error(`seed: the live blog ${blog.slug} must be a published article`);
    const start = article.publishedAt.getTime();
    const step = (p.now.getTime() - start) / (blog.entries.length + 1);
    await tx.article.update({ where: { id: article.id }, data: { liveStatus: 'LIVE' } });
    await tx.liveBlogEntry.createMany({
      data: blog.entries.map((e, i) => ({
        articleId: article.id,
        title: e.title,
        keyEvent: e.keyEvent ?? false,
        body: e.paragraphs.map((text) => ({ type: 'paragraph', content: inline(text) })) as Prisma.InputJsonValue,
        publishedAt: new Date(Math.round(start + step * (i + 1))),
      })),
    });
  }
}

const TX = { timeout: 60_000, maxWait: 15_000 };
/** Serialises concurrent seedIfEmpty calls (two servers starting at once). */
const SEED_LOCK = 7_345_001;

export interface SeedOptions {
  /** The moment the demo timeline is placed relative to (default: now). */
  now?: Date;
  /** Also create the demo staff accounts when there are no accounts at all (default true). */
  staff?: boolean;
}

/** Inserts the whole demo data set in one transaction. The content tables should be empty. */
export async function seed(db: PrismaClient, options: SeedOptions = {}): Promise<void> {
  const prepared = await prepare(options.now ?? new Date());
  await db.$transaction((tx) => insert(tx, prepared), TX);
  if (options.staff !== false) await seedDemoStaff(db);
}

/** Seeds only when the database has no sections. Returns true when it seeded. */
export async function seedIfEmpty(db: PrismaClient, options: SeedOptions = {}): Promise<boolean> {
  if ((await db.section.count()) > 0) return false;
  const prepared = await prepare(options.now ?? new Date());
  const seeded = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    if ((await tx.section.count()) > 0) return false;
    await insert(tx, prepared);
    return true;
  }, TX);
  if (seeded && options.staff !== false) await seedDemoStaff(db);
  return seeded;
}

/**
 * Deletes all content, media, ads, social links and settings (not users or
 * anything else). The Edition rows stay (the migration made them); their
 * demo site names and taglines are reset.
 */
export async function wipeContent(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.articleTag.deleteMany();
    await tx.articleAuthor.deleteMany();
    await tx.articleCorrection.deleteMany();
    await tx.liveBlogEntry.deleteMany();
    await tx.article.deleteMany();
    await tx.adCampaign.deleteMany();
    await tx.author.deleteMany();
    await tx.tag.deleteMany();
    await tx.section.deleteMany();
    await tx.media.deleteMany();
    await tx.socialLink.deleteMany();
    await tx.siteSettings.deleteMany();
    await tx.edition.updateMany({ data: { siteName: '', tagline: '' } });
  }, TX);
}
