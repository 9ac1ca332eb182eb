import { z } from 'zod';
import { addressKey, clientAddress } from '../server/client-address';
import { BodyTooLargeError, bodyTooLargeResponse, readJsonBody } from '../server/body';
import { fieldErrors } from '../validation/errors';
import { BEACON_BODY_LIMIT, MAX_IMPRESSIONS, type Beacon } from './beacon';
import { recordEvent } from './recorder';
import { ignoredBecause } from './request';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export const beaconSchema = z
  .object({
    view: z.uuid({ error: 'view must be an article id.' }).optional(),
    impressions: z
      .array(z.uuid({ error: 'impressions must be campaign ids.' }))
      .max(MAX_IMPRESSIONS, `At most ${MAX_IMPRESSIONS} impressions per beacon.`)
      .optional(),
  })
  .strict() satisfies z.ZodType<Beacon>;

/**
 * POST /beacon: 204 whether or not the events counted (bots, prefetches,
 * cross-site posts and clients over their limits are answered the same, so
 * nobody learns what counts); 400 for a body that is not a beacon, 413 over
 * 1 KB. Never sets a cookie, never cached.
 */
export async function handleBeacon(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await readJsonBody(request, BEACON_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error);
    return Response.json({ error: 'The body must be JSON: {"view": "<article id>", "impressions": ["<campaign id>"]}.' }, { status: 400, headers: NO_STORE });
  }
  const parsed = beaconSchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: 'Not a beacon.', fieldErrors: fieldErrors(parsed.error) }, { status: 400, headers: NO_STORE });
  if (!ignoredBecause(request.headers)) {
    const client = addressKey(clientAddress(request.headers));
    const now = new Date();
    if (parsed.data.view) recordEvent('view', parsed.data.view, client, now);
    for (const id of new Set(parsed.data.impressions ?? [])) recordEvent('impression', id, client, now);
  }
  return new Response(null, { status: 204, headers: NO_STORE });
}

/** Counts an ad click unless it comes from a bot, a prefetch or a client over its limit. */
export function recordClick(request: Request, campaignId: string): void {
  if (ignoredBecause(request.headers)) return;
  recordEvent('click', campaignId, addressKey(clientAddress(request.headers)));
}
