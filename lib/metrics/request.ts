import { isbot } from 'isbot';

/**
 * Whether a request to a counting endpoint is a person's browser actually
 * showing something (ADR 018): not a crawler or monitor (User-Agent, the
 * `isbot` list), not a prefetch or prerender (`Purpose`/`Sec-Purpose:
 * prefetch`, `Next-Router-Prefetch`, `X-Moz: prefetch`), and not sent from
 * another site's page (a foreign `Origin` or `Sec-Fetch-Site: cross-site`).
 */
type HeaderSource = { get(name: string): string | null };

export type Ignored = 'bot' | 'prefetch' | 'cross-site';

export function ignoredBecause(headers: HeaderSource): Ignored | null {
  const ua = headers.get('user-agent') ?? '';
  if (!ua.trim() || isbot(ua)) return 'bot';
  const purpose = `${headers.get('purpose') ?? ''} ${headers.get('sec-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`.toLowerCase();
  if (purpose.includes('prefetch') || purpose.includes('prerender') || headers.get('next-router-prefetch')) return 'prefetch';
  if (headers.get('sec-fetch-site') === 'cross-site') return 'cross-site';
  const origin = headers.get('origin');
  if (origin) {
    const host = headers.get('x-forwarded-host') ?? headers.get('host');
    if (host && (!URL.canParse(origin) || new URL(origin).host !== host)) return 'cross-site';
  }
  return null;
}
