import { z } from 'zod';
import { bodySchema } from '../blocks/schema';
import { controlMessage, isPlainLine } from '../validation/text';
import { LIVE_LIMITS } from './limits';

/**
 * What staff send to write a live blog (ADR 017): an entry is a title, body
 * blocks (the article body's own schema, lib/blocks/schema.ts) and a "key
 * event" flag; the blog's state is NONE (an ordinary article), LIVE or ENDED.
 * Pure: shared by the writes, the JSON API and the admin panel.
 */

export const LIVE_STATUSES = ['NONE', 'LIVE', 'ENDED'] as const;
export type LiveStatusValue = (typeof LIVE_STATUSES)[number];

export const liveStatusInput = z.object({ status: z.enum(LIVE_STATUSES) }).strict();

export const entryInput = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Give the entry a title.')
      .max(LIVE_LIMITS.title, `The title is too long (${LIVE_LIMITS.title} characters at most).`)
      .refine(isPlainLine, controlMessage('The title')),
    body: bodySchema.max(LIVE_LIMITS.blocks, `too many blocks (${LIVE_LIMITS.blocks} at most)`),
    keyEvent: z.boolean().default(false),
  })
  .strict();

export type EntryInput = z.infer<typeof entryInput>;
