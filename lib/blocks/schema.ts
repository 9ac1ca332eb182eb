import { z } from 'zod';
import { httpUrl, isSafeHref } from '../validation/url';

/**
 * The article body: an ordered list of typed blocks. This one schema is the
 * contract between the seed, the renderer, server-side validation and the
 * admin editor. A new block type is one entry here plus one view component
 * in components/blocks/.
 */

const link = httpUrl({ required: true });

/**
 * Every free-text field has a maximum length, and every list a maximum
 * count, so that one request cannot store (and every reader download)
 * unbounded text. Generous for journalism: a paragraph of 10,000 characters
 * is about 1,500 words.
 */
export const LIMITS = {
  spanText: 10_000,
  spansPerText: 500,
  href: 2000,
  quote: 3000,
  caption: 500,
  alt: 300,
  credit: 200,
  listItems: 200,
  backgroundItem: 1000,
  backgroundItems: 50,
  id: 100,
} as const;

/** "is too long (300 characters at most)" */
const tooLong = (max: number) => `is too long (${max.toLocaleString('en-US')} characters at most)`;

/** A link inside text: an absolute http(s) URL or a site path ("/" and a path character: ../validation/url.ts). */
const href = z
  .string()
  .trim()
  .min(1, 'link is empty')
  .max(LIMITS.href, `link ${tooLong(LIMITS.href)}`)
  .refine(isSafeHref, 'link must be http(s):// or a path of this site starting with /');

export const inlineSchema = z
  .object({
    text: z
      .string()
      .min(1, 'text is empty')
      .max(LIMITS.spanText, `text ${tooLong(LIMITS.spanText)}`),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    href: href.optional(),
  })
  .strict();

/** Rich text: a non-empty run of inline spans. */
const richText = z.array(inlineSchema).min(1, 'needs some text').max(LIMITS.spansPerText, `too many formatting runs (${LIMITS.spansPerText} at most)`);

export const paragraphBlock = z.object({ type: z.literal('paragraph'), content: richText }).strict();

export const labelledBlock = z
  .object({
    type: z.literal('labelled'),
    label: z.string().trim().min(1, 'label is empty').max(40, 'label is too long'),
    content: richText,
  })
  .strict();

export const quoteBlock = z
  .object({
    type: z.literal('quote'),
    text: z
      .string()
      .trim()
      .min(1, 'quote is empty')
      .max(LIMITS.quote, `quote ${tooLong(LIMITS.quote)}`),
    speaker: z
      .string()
      .trim()
      .max(200, `speaker ${tooLong(200)}`)
      .default(''),
    context: z
      .string()
      .trim()
      .max(300, `context ${tooLong(300)}`)
      .default(''),
  })
  .strict();

export const subheadingBlock = z
  .object({
    type: z.literal('subheading'),
    text: z
      .string()
      .trim()
      .min(1, 'subheading is empty')
      .max(200, `subheading ${tooLong(200)}`),
  })
  .strict();

export const imageBlock = z
  .object({
    type: z.literal('image'),
    mediaId: z.string().min(1, 'choose an image').max(LIMITS.id, 'is not an image id'),
    alt: z
      .string()
      .trim()
      .min(1, 'alt text is required')
      .max(LIMITS.alt, `alt text ${tooLong(LIMITS.alt)}`),
    caption: z
      .string()
      .trim()
      .max(LIMITS.caption, `caption ${tooLong(LIMITS.caption)}`)
      .default(''),
    credit: z
      .string()
      .trim()
      .max(LIMITS.credit, `credit ${tooLong(LIMITS.credit)}`)
      .default(''),
  })
  .strict();

export const listBlock = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean().default(false),
    items: z.array(richText).min(1, 'list needs at least one item').max(LIMITS.listItems, `list has too many items (${LIMITS.listItems} at most)`),
  })
  .strict();

export const backgroundItem = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'item text is empty')
      .max(LIMITS.backgroundItem, `item text ${tooLong(LIMITS.backgroundItem)}`),
    /** An earlier article of ours, by id ... */
    articleId: z.string().min(1).max(LIMITS.id, 'is not an article id').optional(),
    /** ... or an external page. */
    url: link.optional(),
  })
  .strict()
  .refine((i) => !(i.articleId && i.url), 'link to an article or a URL, not both');

export const backgroundBlock = z
  .object({
    type: z.literal('background'),
    title: z
      .string()
      .trim()
      .min(1)
      .max(80, `title ${tooLong(80)}`)
      .default('Background'),
    items: z.array(backgroundItem).min(1, 'background needs at least one item').max(LIMITS.backgroundItems, `background has too many items (${LIMITS.backgroundItems} at most)`),
  })
  .strict();

export const embedProviders = ['youtube', 'x', 'facebook', 'instagram', 'telegram', 'other'] as const;

export const embedBlock = z
  .object({
    type: z.literal('embed'),
    provider: z.enum(embedProviders),
    url: link,
    title: z
      .string()
      .trim()
      .max(300, `title ${tooLong(300)}`)
      .default(''),
  })
  .strict();

/** Asks for an advertisement exactly here; the automatic rule adds others. */
export const adBlock = z.object({ type: z.literal('ad') }).strict();

export const blockSchema = z.discriminatedUnion('type', [paragraphBlock, labelledBlock, quoteBlock, subheadingBlock, imageBlock, listBlock, backgroundBlock, embedBlock, adBlock]);

export const bodySchema = z.array(blockSchema).max(500, 'too many blocks');

export type Inline = z.infer<typeof inlineSchema>;
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type Body = z.infer<typeof bodySchema>;
export type BackgroundItem = z.infer<typeof backgroundItem>;

export const blockTypes = blockSchema.options.map((o) => o.shape.type.value) as BlockType[];

/**
 * A body as stored, for rendering. Content saved before a rule was tightened
 * (a maximum length, the site-path rule for links) must not take its page
 * down: blocks that no longer validate are left out of the page, and the
 * server log says which (the editor still shows them, with the error, when
 * the article is next opened).
 */
export function storedBody(input: unknown, what = 'article'): Body {
  const whole = bodySchema.safeParse(input);
  if (whole.success) return whole.data;
  const blocks: Body = [];
  const dropped: number[] = [];
  (Array.isArray(input) ? input : []).forEach((raw, i) => {
    const one = blockSchema.safeParse(raw);
    if (one.success) blocks.push(one.data);
    else dropped.push(i + 1);
  });
  console.warn(`[blocks] ${what}: ${Array.isArray(input) ? `blocks ${dropped.join(', ')} no longer validate and are not shown` : 'the body is not a list of blocks'}`);
  return blocks;
}

/** Parses unknown JSON into a body, or returns errors that name the block and field. */
export function parseBody(input: unknown): { ok: true; body: Body } | { ok: false; errors: string[] } {
  const result = bodySchema.safeParse(input);
  if (result.success) return { ok: true, body: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      const where = typeof index === 'number' ? `block ${index + 1}${rest.length ? ` (${rest.join('.')})` : ''}` : 'body';
      return `${where}: ${issue.message}`;
    }),
  };
}

/** Plain text of a body, for search and descriptions. */
export function bodyToText(body: Body): string {
  const inline = (spans: Inline[]) => spans.map((s) => s.text).join('');
  return body
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return inline(b.content);
        case 'labelled':
          return `${b.label}: ${inline(b.content)}`;
        case 'quote':
          return `${b.text} ${b.speaker}`.trim();
        case 'subheading':
          return b.text;
        case 'image':
          return b.caption;
        case 'list':
          return b.items.map(inline).join('\n');
        case 'background':
          return b.items.map((i) => i.text).join('\n');
        case 'embed':
          return b.title;
        case 'ad':
          return '';
      }
    })
    .filter(Boolean)
    .join('\n\n');
}
