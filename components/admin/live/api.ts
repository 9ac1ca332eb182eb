import type { Block } from '@/lib/blocks/schema';
import type { LiveStatusValue } from '@/lib/live/schema';
import { callJson as call } from '../json-api';

/** Browser-side calls to the live blog JSON API (/admin/api/articles/:id/live...), through ../json-api.ts. */

export type { Answer } from '../json-api';

export type EntryJson = { id: string; title: string; body: Block[]; keyEvent: boolean; publishedAt: string; updatedAt: string | null; author: string | null };
export type EntryFields = { title: string; body: Block[]; keyEvent: boolean };
const base = (articleId: string) => `/admin/api/articles/${articleId}/live`;

export const setLiveStatus = (articleId: string, status: LiveStatusValue) => call<{ status: LiveStatusValue }>(base(articleId), 'PUT', { status });
export const postEntry = (articleId: string, fields: EntryFields) => call<EntryJson>(`${base(articleId)}/entries`, 'POST', fields);
export const saveEntry = (articleId: string, entryId: string, fields: EntryFields) => call<EntryJson>(`${base(articleId)}/entries/${entryId}`, 'PUT', fields);
export const deleteEntry = (articleId: string, entryId: string) => call<{ id: string }>(`${base(articleId)}/entries/${entryId}`, 'DELETE');
