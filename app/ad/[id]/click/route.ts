import { connection } from 'next/server';
import { campaignLink } from '@/lib/ads/queries';
import { recordClick } from '@/lib/metrics/endpoint';

/**
 * GET /ad/<campaign id>/click — counts a click on a campaign (bots and
 * prefetches ignored; ADR 018) and answers 302 to its link, which was checked
 * to be http(s) when the campaign was saved. Unknown campaigns: 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = (await params).id;
  const link = await campaignLink(id);
  if (!link) return new Response('Unknown campaign.\n', { status: 404, headers: { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' } });
  recordClick(request, id);
  return new Response(null, { status: 302, headers: { Location: link, 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'origin' } });
}
