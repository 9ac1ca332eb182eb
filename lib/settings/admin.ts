/**
 * Site settings and social links, as staff edit them in /admin/settings.
 * Plain functions over an explicit database client (no Next.js), so tests can
 * call them; authorization is the caller's job. Writes return an AdminResult
 * (lib/admin/result.ts) naming tags.site: the chrome of every public page.
 */
import { z } from 'zod';
import { refused, saved, type AdminResult } from '../admin/result';
import { tags } from '../cache/tags';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { fieldErrors } from '../validation/errors';
import { controlMessage, isPlainLine, isPlainText } from '../validation/text';
import { httpUrl } from '../validation/url';
import { SETTINGS_DEFAULTS } from './defaults';

/** Every settings or link write changes the chrome of every public page. */
const CHANGED = [tags.site];
const linkId = z.string().min(1, 'Unknown link.').max(100, 'Unknown link.');

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(isPlainLine, controlMessage(label));
}

export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label} must be at most ${max} characters.`).refine(isPlainText, controlMessage(label)).default('');
}

export function isTimeZone(value: string): boolean {
  if (!value) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.object({
  siteName: requiredText('Site name', 120),
  tagline: optionalText('Tagline', 300),
  siteUrl: httpUrl({ label: 'Site URL', required: true }),
  timeZone: z.string({ error: 'Time zone is required.' }).trim().min(1, 'Time zone is required.').refine(isTimeZone, 'Time zone must be an IANA time zone such as Europe/Kyiv.'),
  language: z
    .string({ error: 'Language is required.' })
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Language must be a language tag such as en or en-GB.'),
  supportUrl: httpUrl({ label: 'Support URL' }).default(''),
  supportHeaderText: optionalText('Support header text', 60),
  supportTitle: optionalText('Support title', 200),
  supportText: optionalText('Support text', 1000),
  supportButtonText: optionalText('Support button text', 60),
  followText: optionalText('Follow text', 200),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsValues = z.output<typeof settingsSchema>;
export const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as (keyof SettingsValues)[];

/** The form's fields of a settings row (not the default edition: ../editions/admin.ts edits that). */
function formFields(row: Record<keyof SettingsValues, string>): SettingsValues {
  return Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, row[f]])) as SettingsValues;
}

/** The stored settings (row 1), or the defaults when there is none yet. */
export async function getSettings(db: PrismaClient): Promise<SettingsValues> {
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  if (!row) return { ...SETTINGS_DEFAULTS };
  return formFields(row);
}

/** Validates and saves the settings (creating row 1 if missing). */
export async function updateSettings(db: PrismaClient, input: SettingsInput): Promise<AdminResult<SettingsValues>> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return refused('The settings were not saved. Check the fields below.', fieldErrors(parsed.error));
  const row = await db.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...parsed.data }, update: parsed.data });
  return saved(formFields(row), CHANGED);
}

// ---------------------------------------------------------------------------
// Social links

export const socialLinkSchema = z.object({
  network: z
    .string({ error: 'Network is required.' })
    .trim()
    .toLowerCase()
    .min(1, 'Network is required.')
    .regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'Network must be a short name such as instagram (letters, digits, dots, dashes).'),
  label: requiredText('Label', 60),
  url: httpUrl({ label: 'URL', required: true }),
});

export type SocialLinkInput = z.input<typeof socialLinkSchema>;
export type SocialLinkRow = { id: string; network: string; label: string; url: string; position: number };

const linkSelect = { id: true, network: true, label: true, url: true, position: true } as const;
const linkOrder = [{ position: 'asc' as const }, { id: 'asc' as const }];

export async function listSocialLinks(db: PrismaClient): Promise<SocialLinkRow[]> {
  return db.socialLink.findMany({ select: linkSelect, orderBy: linkOrder });
}

/** Adds a link at the end of the list. */
export async function addSocialLink(db: PrismaClient, input: SocialLinkInput): Promise<AdminResult<SocialLinkRow>> {
  const parsed = socialLinkSchema.safeParse(input);
  if (!parsed.success) return refused('The link was not added. Check the fields below.', fieldErrors(parsed.error));
  const row = await db.$transaction(async (tx) => {
    const last = await tx.socialLink.aggregate({ _max: { position: true } });
    return tx.socialLink.create({ data: { ...parsed.data, position: (last._max.position ?? -1) + 1 }, select: linkSelect });
  });
  return saved(row, CHANGED);
}

export async function updateSocialLink(db: PrismaClient, id: string, input: SocialLinkInput): Promise<AdminResult<SocialLinkRow>> {
  if (!linkId.safeParse(id).success) return refused('Unknown link.');
  const parsed = socialLinkSchema.safeParse(input);
  if (!parsed.success) return refused('The link was not saved. Check the fields below.', fieldErrors(parsed.error));
  const { count } = await db.socialLink.updateMany({ where: { id }, data: parsed.data });
  if (count === 0) return refused('That link no longer exists.', {}, 404);
  return saved(await db.socialLink.findUniqueOrThrow({ where: { id }, select: linkSelect }), CHANGED);
}

/** Removes a link and closes the gap in positions; returns what was removed. */
export async function removeSocialLink(db: PrismaClient, id: string): Promise<AdminResult<SocialLinkRow>> {
  if (!linkId.safeParse(id).success) return refused('Unknown link.');
  return db.$transaction(async (tx) => {
    const link = await tx.socialLink.findUnique({ where: { id }, select: linkSelect });
    const { count } = await tx.socialLink.deleteMany({ where: { id } });
    if (!link || count === 0) return refused('That link no longer exists.', {}, 404);
    await renumber(
      tx,
      (await tx.socialLink.findMany({ select: { id: true }, orderBy: linkOrder })).map((l) => l.id),
    );
    return saved(link, CHANGED);
  });
}

type Tx = Prisma.TransactionClient;

async function renumber(tx: Tx, ids: string[]) {
  for (const [position, id] of ids.entries()) await tx.socialLink.update({ where: { id }, data: { position } });
}

/**
 * Sets the order of all links: `ids` must list every link exactly once.
 * Positions become 0..n-1 in one transaction.
 */
export async function reorderSocialLinks(db: PrismaClient, ids: string[]): Promise<AdminResult<SocialLinkRow[]>> {
  const result = await db.$transaction(async (tx) => {
    const current = (await tx.socialLink.findMany({ select: { id: true } })).map((l) => l.id);
    const same = ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id));
    if (!same) return refused('The list of links has changed meanwhile. Reload the page and try again.', {}, 409);
    await renumber(tx, ids);
    return null;
  });
  if (result) return result;
  return saved(await listSocialLinks(db), CHANGED);
}

/** Moves one link up (earlier) or down (later) by one place. */
export async function moveSocialLink(db: PrismaClient, id: string, direction: 'up' | 'down'): Promise<AdminResult<SocialLinkRow[]>> {
  if (!linkId.safeParse(id).success) return refused('Unknown link.');
  const result = await db.$transaction(async (tx) => {
    const ids = (await tx.socialLink.findMany({ select: { id: true }, orderBy: linkOrder })).map((l) => l.id);
    const i = ids.indexOf(id);
    if (i < 0) return refused('That link no longer exists.', {}, 404);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j >= 0 && j < ids.length) [ids[i], ids[j]] = [ids[j], ids[i]];
    await renumber(tx, ids);
    return null;
  });
  if (result) return result;
  return saved(await listSocialLinks(db), CHANGED);
}
