/**
 * What the page's beacon sends to POST /beacon (ADR 018): the article seen
 * and/or the campaigns whose slot was in view. Shared by the endpoint
 * (./endpoint.ts validates it with zod) and the browser (./send.ts), so no
 * imports here: it ships to the browser.
 */
export const BEACON_PATH = '/beacon';
/** A beacon is a few ids: anything bigger is refused before it is read. */
export const BEACON_BODY_LIMIT = 1024;
/** Impressions one beacon may carry (a page has at most this many ad slots). */
export const MAX_IMPRESSIONS = 6;

export type Beacon = { view?: string; impressions?: string[] };
