import { z } from 'zod';
import { addressKey, clientAddress } from '../server/client-address';
import { BodyTooLargeError, bodyTooLargeResponse, readBody } from '../server/body';
import { fieldErrors } from '../validation/errors';
import { BEACON_BODY_LIMIT, MAX_IMPRESSIONS, type Beacon } from './beacon';
import { recordEvent } from './recorder';
import { ignoredBecause } from './request';

type HeaderSource = { get(name: string): string | null };

export const NO_STORE = { 'Cache-Control': 'private, no-store' };

export const beaconSchema = z
  .object({
    view: z.uuid({ error: 'view must be an article id.' }).optional(),
    impressions: z
      .array(z.uuid({ error: 'impressions must be campaign ids.' }))
      .max(MAX_IMPRESSIONS, `At most ${MAX_IMPRESSIONS} impressions per beacon.`)
      .optional(),
  })
  .strict() satisfies z.ZodType<Beacon>;

export type BeaconAnswer = { status: 204 } | { status: 400; body: { error: string; fieldErrors?: Record<string, string> } };

/**
 * A beacon's body (read with BEACON_BODY_LIMIT by the caller) → what to
 * answer: 204 whether or not the events counted (bots, prefetches,
 * cross-site posts and clients over their limits are answered the same, so
 * nobody learns what counts), 400 for a body that is not a beacon. `client`
 * is the address key, asked only when the beacon may count.
 */
export function acceptBeacon(body: Uint8Array, headers: HeaderSource, client: () => string): BeaconAnswer {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { status: 400, body: { error: 'The body must be JSON: {"view": "<article id>", "impressions": ["<campaign id>"]}.' } };
  }
  const parsed = beaconSchema.safeParse(json);
  if (!parsed.success) return { status: 400, body: { error: 'Not a beacon.', fieldErrors: fieldErrors(parsed.error) } };
  if (!ignoredBecause(headers)) {
    const key = client();
    const now = new Date();
    if (parsed.data.view) recordEvent('view', parsed.data.view, key, now);
    for (const id of new Set(parsed.data.impressions ?? [])) recordEvent('impression', id, key, now);
  }
  return { status: 204 };
}

/** POST /beacon as a route handler (when the fast path of ./fast-path.ts is not installed): 204, 400, or 413 over 1 KB. Never a cookie, never cached. */
export async function handleBeacon(request: Request): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await readBody(request, BEACON_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error);
    throw error;
  }
  const answer = acceptBeacon(body, request.headers, () => addressKey(clientAddress(request.headers)));
  if (answer.status === 204) return new Response(null, { status: 204, headers: NO_STORE });
  return Response.json(answer.body, { status: 400, headers: NO_STORE });
}

/** Counts an ad click unless it comes from a bot, a prefetch or a client over its limit. */
export function recordClick(request: Request, campaignId: string): void {
  if (ignoredBecause(request.headers)) return;
  recordEvent('click', campaignId, addressKey(clientAddress(request.headers)));
}
