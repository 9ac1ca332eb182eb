import { connection } from 'next/server';
import { getActiveCampaigns } from '@/lib/ads/queries';
import { campaignListMaxAge } from '@/lib/ads/creative';
import { tags } from '@/lib/cache/tags';

/**
 * GET /campaigns → the running campaigns per placement, as JSON, for the ad
 * slots of every public page (components/ads/AdSlot.tsx; ADR 018). The pages
 * themselves hold no campaign, so they stay cached for hours while campaigns
 * start and end on time: this response is kept until the next start or end,
 * at most 60 s (in Next and in an HTTP cache), and purged on every save.
 */
export async function GET() {
  await connection();
  const campaigns = await getActiveCampaigns();
  const maxAge = campaignListMaxAge(campaigns.nextChangeAt);
  return Response.json(campaigns, {
    headers: { 'Cache-Control': `public, max-age=0, s-maxage=${maxAge}`, xkey: tags.ads },
  });
}
