/**
 * "From where" of an audit entry: the client address of a request. One place,
 * so that the audit log follows lib/auth's notion of the client address
 * (X-Forwarded-For from the proxy in front of the site; see
 * lib/auth/rate-limit.ts clientAddress).
 */
import { headers } from 'next/headers';
import { clientAddress } from '../auth/rate-limit';

type Headers = { get(name: string): string | null };

/** The client address of a request (route handlers pass `request.headers`). */
export function auditAddress(requestHeaders: Headers): string {
  return clientAddress(requestHeaders);
}

/** The client address of the current request (server actions and pages). */
export async function currentAuditAddress(): Promise<string> {
  return auditAddress(await headers());
}
