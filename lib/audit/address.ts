/**
 * "From where" of an audit entry: the client address of a request. One place,
 * so that the audit log and the sign-in limits agree on the client address
 * (the connection's address; X-Forwarded-For only from TRUSTED_PROXIES: see
 * lib/server/client-address.ts).
 */
import { headers } from 'next/headers';
import { clientAddress } from '../server/client-address';

type Headers = { get(name: string): string | null };

/** The client address of a request (route handlers pass `request.headers`). */
export function auditAddress(requestHeaders: Headers): string {
  return clientAddress(requestHeaders);
}

/** The client address of the current request (server actions and pages). */
export async function currentAuditAddress(): Promise<string> {
  return auditAddress(await headers());
}
