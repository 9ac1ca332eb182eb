import { z } from 'zod';
import { controlMessage, isPlainText } from '../validation/text';

/**
 * What an editor sends to add or change a correction or editor's note. Pure
 * (no database, no Next): the API validates with it, the editor panel shares
 * the limits. Text is plain (paragraph breaks allowed, no markup).
 */

export const CORRECTION_TEXT_MAX = 2000;

export const CORRECTION_KINDS = ['CORRECTION', 'NOTE'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  CORRECTION: 'Correction',
  NOTE: 'Editor’s note',
};

export const correctionInputSchema = z.object({
  kind: z.enum(CORRECTION_KINDS, { message: 'Choose Correction or Editor’s note' }).default('CORRECTION'),
  text: z
    .string()
    .trim()
    .min(1, 'Write what was corrected')
    .max(CORRECTION_TEXT_MAX, `The text is too long (${CORRECTION_TEXT_MAX.toLocaleString('en-US')} characters at most)`)
    .refine(isPlainText, controlMessage('The text')),
  /** Shown with it; now when absent. */
  date: z.string().datetime({ offset: true, message: 'date must be an ISO date-time' }).nullish(),
});

export type CorrectionInput = z.infer<typeof correctionInputSchema>;

/** A correction as it is shown and kept in revision snapshots. */
export type CorrectionItem = { id: string; kind: CorrectionKind; text: string; date: string };

/** Why a correction's date cannot be used, or null: not in the future, not before the article was first published. */
export function correctionDateProblem(date: Date, publishedAt: Date, now: Date): string | null {
  if (date.getTime() > now.getTime() + 60_000) return 'The date cannot be in the future.';
  if (date.getTime() < publishedAt.getTime() - 60_000) return 'The date cannot be before the article was first published.';
  return null;
}

export function correctionItem(row: { id: string; kind: CorrectionKind; text: string; date: Date }): CorrectionItem {
  return { id: row.id, kind: row.kind, text: row.text, date: row.date.toISOString() };
}
