/**
 * Language editions as administrators edit them in /admin/settings (ADR 021):
 * each edition's name, path prefix, whether it is enabled, its position and
 * its site name and tagline overrides, and which edition is served at "/".
 * Plain functions over an explicit database client (no Next.js), validated
 * with zod, one transaction; authorization and the audit entry are the
 * caller's (adminAction). Every change names tags.site: a prefix moves every
 * URL of an edition, and names, order and overrides show in every page's chrome.
 */
import { z } from 'zod';
import { refused, saved, type AdminResult } from '../admin/result';
import { tags } from '../cache/tags';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { EDITION_CODES, isEditionCode, type EditionCode } from '../i18n/languages';
import { optionalText, requiredText } from '../settings/admin';
import { fieldErrors } from '../validation/errors';
import { editionLabel } from './labels';
import { isReservedPrefix } from './reserved';

type Db = PrismaClient | Prisma.TransactionClient;

export type EditionRow = { code: string; name: string; prefix: string; enabled: boolean; position: number; siteName: string; tagline: string };
export type EditionsView = { defaultEdition: string; editions: EditionRow[] };

export const PREFIX_PATTERN = /^[a-z]{2,8}$/;

const checkbox = z.union([z.boolean(), z.string()]).transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

export const editionInputSchema = z.object({
  name: requiredText('Name', 60),
  prefix: z
    .string({ error: 'Prefix is required.' })
    .trim()
    .toLowerCase()
    .regex(PREFIX_PATTERN, 'Prefix: 2 to 8 lower-case letters (a–z), e.g. uk or eng.')
    .refine((p) => !isReservedPrefix(p), { message: 'Prefix: that word is already an address of the site (such as /news or /search). Choose another.' }),
  enabled: checkbox.default(false),
  position: z.coerce
    .number({ error: 'Position must be a whole number.' })
    .int('Position must be a whole number.')
    .min(0, 'Position must be 0 or more.')
    .max(999, 'Position must be at most 999.'),
  siteName: optionalText('Site name', 120),
  tagline: optionalText('Tagline', 300),
});

/** Field errors are keyed "<code>.<field>" ("uk.prefix") and "defaultEdition". */
export const editionsInputSchema = z
  .object({
    defaultEdition: z.string({ error: 'Choose the default edition.' }).refine(isEditionCode, 'Choose the default edition.'),
    ...(Object.fromEntries(EDITION_CODES.map((code) => [code, editionInputSchema.optional()])) as Record<EditionCode, z.ZodOptional<typeof editionInputSchema>>),
  })
  .superRefine((input, ctx) => {
    const given = EDITION_CODES.flatMap((code) => (input[code] ? [{ code, ...input[code] }] : []));
    const seen = new Map<string, string>();
    for (const e of given) {
      const other = seen.get(e.prefix);
      if (other)
        ctx.addIssue({ code: 'custom', path: [e.code, 'prefix'], message: `Prefix “${e.prefix}” is already the ${editionLabel(other)} edition’s. Each edition needs its own.` });
      else seen.set(e.prefix, e.code);
    }
    const chosen = given.find((e) => e.code === input.defaultEdition);
    if (given.length && !given.some((e) => e.enabled)) ctx.addIssue({ code: 'custom', path: ['defaultEdition'], message: 'At least one edition must be enabled.' });
    else if (!chosen) ctx.addIssue({ code: 'custom', path: ['defaultEdition'], message: 'Choose the default edition.' });
    else if (!chosen.enabled)
      ctx.addIssue({ code: 'custom', path: ['defaultEdition'], message: `The default edition (${editionLabel(chosen.code)}) must be enabled: it is served at “/”.` });
  });

export type EditionsInput = z.input<typeof editionsInputSchema>;

const select = { code: true, name: true, prefix: true, enabled: true, position: true, siteName: true, tagline: true } as const;

/** Every edition, in their order, and the default (the code of row 1 of the settings, 'en' before there is one). */
export async function listEditions(db: Db): Promise<EditionsView> {
  const [editions, settings] = await Promise.all([
    db.edition.findMany({ select, orderBy: [{ position: 'asc' }, { code: 'asc' }] }),
    db.siteSettings.findUnique({ where: { id: 1 }, select: { defaultEdition: true } }),
  ]);
  return { defaultEdition: settings?.defaultEdition ?? 'en', editions };
}

/**
 * Saves every edition and the default in one transaction. `input` must name
 * every edition there is (the form shows them all). Prefixes are swapped
 * through temporary values, so two editions may trade prefixes in one save.
 */
export async function updateEditions(db: PrismaClient, input: unknown): Promise<AdminResult<EditionsView>> {
  const parsed = editionsInputSchema.safeParse(input);
  if (!parsed.success) return refused('The editions were not saved. Check the fields below.', fieldErrors(parsed.error));
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.edition.findMany({ select: { code: true } });
    const missing = existing.find((e) => !isEditionCode(e.code) || !data[e.code]);
    if (missing || existing.length === 0) return refused('The list of editions changed meanwhile. Reload the page and try again.', {}, 409);
    if (!existing.some((e) => e.code === data.defaultEdition)) return refused('That edition does not exist.', { defaultEdition: 'Choose the default edition.' });
    // Out of the way first: the unique index on prefix holds after every statement.
    for (const { code } of existing) await tx.edition.update({ where: { code }, data: { prefix: `~${code}` } });
    for (const { code } of existing) {
      const e = data[code as EditionCode]!;
      await tx.edition.update({ where: { code }, data: { name: e.name, prefix: e.prefix, enabled: e.enabled, position: e.position, siteName: e.siteName, tagline: e.tagline } });
    }
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, defaultEdition: data.defaultEdition }, update: { defaultEdition: data.defaultEdition } });
    return saved(await listEditions(tx), [tags.site]);
  });
}
