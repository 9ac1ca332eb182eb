import type { BackgroundItem, Block } from '../blocks/schema';
import type { CorrectionKind } from '../corrections/input';
import { articlePath, authorPath, mediaPath, sectionPath, tagPath } from '../urls/paths';

/**
 * The render model of an article: what the article page (and the admin
 * preview) needs, resolved from database rows. Pure: no queries here.
 */

export type ImageRef = { src: string; width: number; height: number };

export type ViewBlock =
  | Exclude<Block, { type: 'image' } | { type: 'background' }>
  | (Extract<Block, { type: 'image' }> & { image: ImageRef | null })
  | (Omit<Extract<Block, { type: 'background' }>, 'items'> & { items: (BackgroundItem & { href: string | null })[] });

export type ArticleView = {
  id: string;
  title: string;
  standfirst: string;
  path: string;
  language: string;
  publishedAt: Date;
  updatedAt: Date | null;
  section: { slug: string; name: string; path: string };
  tags: { name: string; path: string }[];
  authors: { name: string; path: string; jobTitle: string }[];
  hero: (ImageRef & { alt: string; caption: string; credit: string }) | null;
  source: { name: string; url: string; citingName: string; citingUrl: string } | null;
  body: ViewBlock[];
  /** Corrections and editor's notes, oldest first. */
  corrections: { id: string; kind: CorrectionKind; text: string; date: Date }[];
  /** A live blog (ADR 017): its entries are read apart (lib/live/queries.ts). */
  live: 'LIVE' | 'ENDED' | null;
  /** Its published versions in the other enabled editions (hreflang, edition switcher; ADR 021). */
  translations: { code: string; path: string }[];
};

/** Where an article's paths and names are resolved: its edition's path base and language, the site's zone. */
export type ViewContext = { timeZone: string; base: string; code: string };

/** A published article a body links to; `base` is its edition's path base. */
export type LinkedArticle = { slug: string; publishedAt: Date; base?: string };

export type MediaRow = { id: string; filename: string; width: number; height: number };

export type ArticleRow = {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  body: unknown;
  language: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  section: { slug: string; name: string; translations?: unknown };
  tags: { tag: { slug: string; name: string } }[];
  authors: { author: { slug: string; name: string; jobTitle: string } }[];
  hero: MediaRow | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  sourceName: string;
  sourceUrl: string;
  citingName: string;
  citingUrl: string;
  /** Oldest first; dates as ISO strings or epoch ms (from JSON). */
  corrections?: { id: string; kind: CorrectionKind; text: string; date: string | number | Date }[];
  liveStatus?: string;
};

/** What the body refers to and must be looked up: images and linked articles. */
export function bodyReferences(body: Block[]) {
  const mediaIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const b of body) {
    if (b.type === 'image') mediaIds.add(b.mediaId);
    if (b.type === 'background') for (const i of b.items) if (i.articleId) articleIds.add(i.articleId);
  }
  return { mediaIds: [...mediaIds], articleIds: [...articleIds] };
}

export const imageRef = (m: MediaRow): ImageRef => ({ src: mediaPath(m), width: m.width, height: m.height });

export function toArticleView(
  row: ArticleRow,
  body: Block[],
  lookups: {
    media: Map<string, MediaRow>;
    /** Published articles that background items link to. */
    linked: Map<string, LinkedArticle>;
    /** For previews of unpublished drafts. */
    now?: Date;
    translations?: ArticleView['translations'];
    /** Its edition's path base and code: the default edition's ('' and its own language) when left out. */
  } & Pick<ViewContext, 'timeZone'> &
    Partial<ViewContext>,
): ArticleView {
  const publishedAt = row.publishedAt ?? lookups.now ?? new Date(0);
  const base = lookups.base ?? '';
  const translated = (row.section.translations as Record<string, { name?: string }> | undefined)?.[lookups.code ?? row.language]?.name;
  return {
    id: row.id,
    title: row.title,
    standfirst: row.standfirst,
    path: articlePath({ slug: row.slug, publishedAt }, lookups.timeZone, base),
    language: row.language,
    publishedAt,
    updatedAt: row.updatedAt,
    section: { slug: row.section.slug, name: translated || row.section.name, path: sectionPath(row.section.slug, 1, base) },
    tags: row.tags.map(({ tag }) => ({ name: tag.name, path: tagPath(tag.slug, 1, base) })),
    authors: row.authors.map(({ author }) => ({ name: author.name, jobTitle: author.jobTitle, path: authorPath(author.slug, 1, base) })),
    hero: row.hero ? { ...imageRef(row.hero), alt: row.heroAlt, caption: row.heroCaption, credit: row.heroCredit } : null,
    corrections: (row.corrections ?? []).map((c) => ({ id: c.id, kind: c.kind, text: c.text, date: new Date(c.date) })),
    source: row.sourceName ? { name: row.sourceName, url: row.sourceUrl, citingName: row.citingName, citingUrl: row.citingUrl } : null,
    body: toViewBlocks(body, lookups),
    live: row.liveStatus === 'LIVE' || row.liveStatus === 'ENDED' ? row.liveStatus : null,
    translations: lookups.translations ?? [],
  };
}

/** Body blocks with their images and linked articles resolved (article bodies and live blog entries alike). */
export function toViewBlocks(body: Block[], lookups: { media: Map<string, MediaRow>; linked: Map<string, LinkedArticle>; timeZone: string }): ViewBlock[] {
  return body.map((b): ViewBlock => {
    if (b.type === 'image') {
      const m = lookups.media.get(b.mediaId);
      return { ...b, image: m ? imageRef(m) : null };
    }
    if (b.type === 'background') {
      return {
        ...b,
        items: b.items.map((i) => {
          const linked = i.articleId ? lookups.linked.get(i.articleId) : undefined;
          return { ...i, href: linked ? articlePath(linked, lookups.timeZone, linked.base) : (i.url ?? null) };
        }),
      };
    }
    return b;
  });
}
