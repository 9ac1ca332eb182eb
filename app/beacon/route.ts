import { handleBeacon } from '@/lib/metrics/endpoint';

/**
 * POST /beacon — article views and ad impressions from the page's beacon
 * (navigator.sendBeacon), counted in memory and written in batches (ADR 018).
 * Public pages stay cached: counting happens here, never in the page.
 */
export async function POST(request: Request) {
  return handleBeacon(request);
}
