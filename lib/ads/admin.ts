/**
 * Ad campaigns, as staff edit them in /admin/ads. Plain functions over an
 * explicit database client (no Next.js), so tests can call them;
 * authorization is the caller's job. Writes return an AdminResult
 * (lib/admin/result.ts) naming tags.ads.
 */
import { z } from 'zod';
import { refused, saved, type AdminResult } from '../admin/result';
import { tags } from '../cache/tags';
import type { PrismaClient } from '../generated/prisma/client';
import type { AdPlacement } from '../generated/prisma/enums';
import { optionalText, requiredText } from '../settings/admin';
import { fieldErrors } from '../validation/errors';
import { httpUrl } from '../validation/url';
import { EDITION_CODES } from '../i18n/languages';

/** Every campaign write changes the ads that article pages show. */
const CHANGED = [tags.ads];
const campaignId = z.string().min(1, 'Unknown campaign.').max(100, 'Unknown campaign.');

export const PLACEMENTS = ['INLINE', 'AFTER_BODY', 'SIDEBAR'] as const satisfies readonly AdPlacement[];
export const PLACEMENT_LABELS: Record<AdPlacement, string> = {
  INLINE: 'Inside the article body',
  AFTER_BODY: 'After the article body',
  SIDEBAR: 'Sidebar',
};

export type CampaignState = 'running' | 'scheduled' | 'ended' | 'inactive';

/** Whether a campaign shows now (the same rule as getActiveCampaigns in ./queries.ts). */
export function campaignState(c: { active: boolean; startsAt: Date | null; endsAt: Date | null }, now = new Date()): CampaignState {
  if (!c.active) return 'inactive';
  if (c.endsAt && c.endsAt.getTime() <= now.getTime()) return 'ended';
  if (c.startsAt && c.startsAt.getTime() > now.getTime()) return 'scheduled';
  return 'running';
}

/** '' or null → null; a Date or a parseable date string → Date; anything else stays for the error. */
function optionalDate(label: string) {
  return z.preprocess(
    (v) => {
      if (v === null || v === undefined || v === '') return null;
      if (v instanceof Date) return v;
      if (typeof v === 'string') {
        const d = new Date(v.trim());
        return Number.isNaN(d.getTime()) ? v : d;
      }
      return v;
    },
    z.date({ error: `${label} must be a valid date and time.` }).nullable(),
  );
}

const booleanish = z.preprocess(
  (v) => {
    if (typeof v === 'boolean') return v;
    if (v === 'on' || v === 'true' || v === '1') return true;
    if (v === null || v === undefined || v === '' || v === 'false' || v === '0' || v === 'off') return false;
    return v;
  },
  z.boolean({ error: 'Active must be yes or no.' }),
);

const campaignFields = z.object({
  name: requiredText('Name', 200),
  placement: z.enum(PLACEMENTS, { error: 'Placement must be inside the body, after the body or sidebar.' }),
  headline: requiredText('Headline', 200),
  body: optionalText('Body', 600),
  linkUrl: httpUrl({ label: 'Link URL', required: true }),
  linkLabel: requiredText('Link label', 60),
  sponsor: optionalText('Sponsor', 120),
  imageId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid({ error: 'Image must be one of the media library images.' }).nullable()),
  active: booleanish,
  startsAt: optionalDate('Start'),
  endsAt: optionalDate('End'),
  // '' (the form's "Every edition") or none: every edition's pages.
  language: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.enum(EDITION_CODES, { error: 'Edition must be one of the site’s editions, or every edition.' }).nullable(),
  ),
  weight: z.coerce
    .number({ error: 'Weight must be a whole number from 1 to 10.' })
    .int('Weight must be a whole number from 1 to 10.')
    .min(1, 'Weight must be a whole number from 1 to 10.')
    .max(10, 'Weight must be a whole number from 1 to 10.'),
});

export const campaignSchema = campaignFields.superRefine((c, ctx) => {
  const problem = dateOrderProblem(c);
  if (problem) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: problem });
});

function dateOrderProblem(c: { startsAt: Date | null; endsAt: Date | null }): string | null {
  return c.startsAt && c.endsAt && c.endsAt.getTime() <= c.startsAt.getTime() ? 'End must be after the start.' : null;
}

const datesSchema = z.object({ startsAt: optionalDate('Start'), endsAt: optionalDate('End') });

/** Field errors of a campaign, including the date order when other fields fail too. */
function campaignErrors(input: CampaignInput, error: z.ZodError): Record<string, string> {
  const errors = fieldErrors(error);
  const dates = datesSchema.safeParse(input);
  if (dates.success && !errors.endsAt) {
    const problem = dateOrderProblem(dates.data);
    if (problem) errors.endsAt = problem;
  }
  return errors;
}

/** What a form or caller sends: strings from forms are accepted ('' = none, 'on' = checked). */
export type CampaignInput = {
  name: string;
  placement: string;
  headline: string;
  body?: string;
  linkUrl: string;
  linkLabel: string;
  sponsor?: string;
  imageId?: string | null;
  active: boolean | string;
  startsAt?: Date | string | null;
  endsAt?: Date | string | null;
  weight: number | string;
  /** An edition's code, or ''/null/absent for every edition. */
  language?: string | null;
};
/** The form fields of a campaign, in form order. */
export const CAMPAIGN_FIELDS = Object.keys(campaignFields.shape) as (keyof typeof campaignFields.shape)[];
export type CampaignData = z.output<typeof campaignSchema>;

const campaignSelect = {
  id: true,
  name: true,
  placement: true,
  headline: true,
  body: true,
  linkUrl: true,
  linkLabel: true,
  sponsor: true,
  imageId: true,
  active: true,
  startsAt: true,
  endsAt: true,
  weight: true,
  language: true,
  createdAt: true,
  image: { select: { id: true, filename: true } },
} as const;

export type CampaignRow = {
  id: string;
  name: string;
  placement: AdPlacement;
  headline: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  sponsor: string;
  imageId: string | null;
  active: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  weight: number;
  language: string | null;
  createdAt: Date;
  image: { id: string; filename: string } | null;
};

/** Every campaign, with its state now: running first, then scheduled, inactive, ended. */
export async function listCampaigns(db: PrismaClient, now = new Date()): Promise<(CampaignRow & { state: CampaignState })[]> {
  const rows = await db.adCampaign.findMany({ select: campaignSelect, orderBy: [{ placement: 'asc' }, { createdAt: 'desc' }] });
  const rank: Record<CampaignState, number> = { running: 0, scheduled: 1, inactive: 2, ended: 3 };
  return rows.map((r) => ({ ...r, state: campaignState(r, now) })).sort((a, b) => rank[a.state] - rank[b.state]);
}

export async function getCampaign(db: PrismaClient, id: string): Promise<CampaignRow | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return db.adCampaign.findUnique({ where: { id }, select: campaignSelect });
}

/** Images that a campaign may use (most recent first). */
export async function listCampaignImages(db: PrismaClient, limit = 500) {
  return db.media.findMany({
    where: { mimeType: { startsWith: 'image/' } },
    select: { id: true, filename: true, alt: true, width: true, height: true },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
}

async function validate(db: PrismaClient, input: CampaignInput, what: string): Promise<AdminResult<CampaignData>> {
  const parsed = campaignSchema.safeParse(input);
  if (!parsed.success) return refused(`The campaign was not ${what}. Check the fields below.`, campaignErrors(input, parsed.error));
  if (parsed.data.imageId && !(await db.media.findUnique({ where: { id: parsed.data.imageId }, select: { id: true } }))) {
    return refused(`The campaign was not ${what}. Check the fields below.`, { imageId: 'Image must be one of the media library images.' });
  }
  return saved(parsed.data);
}

export async function createCampaign(db: PrismaClient, input: CampaignInput): Promise<AdminResult<CampaignRow>> {
  const v = await validate(db, input, 'created');
  if (!v.ok) return v;
  return saved(await db.adCampaign.create({ data: v.value, select: campaignSelect }), CHANGED);
}

export async function updateCampaign(db: PrismaClient, id: string, input: CampaignInput): Promise<AdminResult<CampaignRow>> {
  if (!campaignId.safeParse(id).success) return refused('Unknown campaign.');
  const v = await validate(db, input, 'saved');
  if (!v.ok) return v;
  const { count } = await db.adCampaign.updateMany({ where: { id }, data: v.value });
  if (count === 0) return refused('That campaign no longer exists.', {}, 404);
  return saved(await db.adCampaign.findUniqueOrThrow({ where: { id }, select: campaignSelect }), CHANGED);
}

/** Switches a campaign on or off without touching anything else. */
export async function setCampaignActive(db: PrismaClient, id: string, active: boolean): Promise<AdminResult<CampaignRow>> {
  if (!campaignId.safeParse(id).success) return refused('Unknown campaign.');
  const { count } = await db.adCampaign.updateMany({ where: { id }, data: { active } });
  if (count === 0) return refused('That campaign no longer exists.', {}, 404);
  return saved(await db.adCampaign.findUniqueOrThrow({ where: { id }, select: campaignSelect }), CHANGED);
}

/** Deletes a campaign; its id and name (for the audit log). */
export async function deleteCampaign(db: PrismaClient, id: string): Promise<AdminResult<{ id: string; name: string }>> {
  if (!campaignId.safeParse(id).success) return refused('Unknown campaign.');
  const deleted = await db.$queryRaw<{ id: string; name: string }[]>`DELETE FROM "AdCampaign" WHERE "id" = ${id} RETURNING "id", "name"`;
  if (deleted.length === 0) return refused('That campaign no longer exists.', {}, 404);
  return saved(deleted[0], CHANGED);
}
