'use client';

import { useEffect, useState } from 'react';
import type { ActiveCampaigns } from '@/lib/ads/creative';

// One request per page load for every slot of the page; asked again after a minute (a page left open).
let request: { at: number; data: Promise<ActiveCampaigns | null> } | undefined;

function load(): Promise<ActiveCampaigns | null> {
  if (request && Date.now() - request.at < 60_000) return request.data;
  const data = fetch('/campaigns', { headers: { Accept: 'application/json' } })
    .then((res) => (res.ok ? (res.json() as Promise<ActiveCampaigns>) : null))
    .catch(() => null);
  request = { at: Date.now(), data };
  return data;
}

/** The running campaigns (GET /campaigns, ADR 018): undefined while loading, null if they cannot be loaded. */
export function useCampaigns(): ActiveCampaigns | null | undefined {
  const [campaigns, setCampaigns] = useState<ActiveCampaigns | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void load().then((data) => {
      if (current) setCampaigns(data);
    });
    return () => {
      current = false;
    };
  }, []);
  return campaigns;
}
