import { z } from 'zod';
import { stripControlCharacters } from '../validation/text';

/**
 * Route parameter validation. Anything that fails is a 404 before any query
 * runs; that is also how the build-time placeholder params (BUILD_PLACEHOLDER)
 * are rendered without a database.
 */
export const BUILD_PLACEHOLDER = '_';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);

export const articleParams = z.object({
  year: z.string().regex(/^\d{4}$/),
  month: z.string().regex(/^(0[1-9]|1[0-2])$/),
  day: z.string().regex(/^(0[1-9]|[12]\d|3[01])$/),
  slug,
});

/** An optional trailing page segment: absent is page 1, else a number ≥ 2 ("/1" is not a URL of ours). */
const pageSegment = z
  .array(z.string())
  .max(1)
  .optional()
  .transform((page, ctx) => {
    if (!page || page.length === 0) return 1;
    const n = /^[1-9]\d{0,5}$/.test(page[0]) ? Number(page[0]) : NaN;
    if (!(n >= 2)) {
      ctx.addIssue({ code: 'custom', message: 'page must be 2 or more' });
      return z.NEVER;
    }
    return n;
  });

/** /<section|tag|author>/<slug> or .../<page ≥ 2>. */
export const listingParams = z.object({ kind: z.enum(['section', 'tag', 'author']), slug, page: pageSegment });

/** /corrections or /corrections/<page ≥ 2>. */
export const correctionsParams = z.object({ page: pageSegment });

/** /<section|tag|author>/<slug>/feed.xml. */
export const feedParams = z.object({ kind: z.enum(['section', 'tag', 'author']), slug });

export const searchParams = z.object({
  // Control characters dropped: PostgreSQL refuses U+0000 in a query.
  q: z.string().max(200).transform(stripControlCharacters).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export function parseOrNull<T>(schema: z.ZodType<T>, input: unknown): T | null {
  const result = schema.safeParse(input);
  return result.success ? result.data : null;
}
