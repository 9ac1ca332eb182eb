/**
 * POST /admin/api/sign-in — email + password sign-in.
 *
 * The login form posts here with fetch (Accept: application/json) and gets
 * JSON back: 200 { redirectTo }, 400/401/403 { error }, 413 when the body is
 * over 16 KB, or 429 { error } with Retry-After when sign-in attempts are rate
 * limited (503 with Retry-After when too many passwords are being checked).
 * The client address comes from lib/server/client-address.ts (TRUSTED_PROXIES). Without JavaScript the
 * browser posts the form itself and is sent back (303) to /admin/login with
 * the outcome in the query string.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { clientAddress } from '@/lib/server/client-address';
import { BodyTooLargeError, bodyTooLargeResponse, readFormBody } from '@/lib/server/body';
import { safeNext, SIGN_IN_ERROR_CODES } from '@/lib/auth/paths';
import { sessionCookieName, sessionCookieOptions, siteIsHttps } from '@/lib/auth/session';
import { signIn } from '@/lib/auth/sign-in';
import { auditAddress } from '@/lib/audit/address';
import { recordSignIn } from '@/lib/audit/events';

const formSchema = z.object({
  email: z.string().max(1000).default(''),
  password: z.string().max(1000).default(''),
  next: z.string().max(2000).default(''),
});

const noStore = { 'Cache-Control': 'private, no-store' };

/** The sign-in form is three short fields: anything bigger is refused before it is read. */
const SIGN_IN_BODY_LIMIT = 16 * 1024;

/** Refuses cross-site posts (login CSRF): the Origin, when sent, must be this site. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** 303 to a path of this site (relative Location, right behind any proxy). */
function seeOther(path: string, headers: Record<string, string>): NextResponse {
  return new NextResponse(null, { status: 303, headers: { ...headers, Location: path } });
}

export async function POST(request: NextRequest) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  if (!sameOrigin(request)) {
    return NextResponse.json({ error: 'Cross-site sign-in refused.' }, { status: 403, headers: noStore });
  }

  let fields: z.infer<typeof formSchema>;
  try {
    const form = await readFormBody(request, SIGN_IN_BODY_LIMIT);
    fields = formSchema.parse({ email: form.get('email') ?? undefined, password: form.get('password') ?? undefined, next: form.get('next') ?? undefined });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error);
    return NextResponse.json({ error: 'Send the sign-in form.' }, { status: 400, headers: noStore });
  }
  const next = safeNext(fields.next);

  const result = await signIn(db(), { email: fields.email, password: fields.password, address: clientAddress(request.headers) });
  await recordSignIn(db(), fields.email, result, auditAddress(request.headers));

  if (!result.ok) {
    const headers: Record<string, string> = { ...noStore };
    if (result.retryAfterSeconds) headers['Retry-After'] = String(result.retryAfterSeconds);
    if (wantsJson) return NextResponse.json({ error: result.error }, { status: result.status, headers });
    const back = new URLSearchParams({ error: SIGN_IN_ERROR_CODES[result.status] });
    if (result.retryAfterSeconds) back.set('retry', String(result.retryAfterSeconds));
    back.set('email', fields.email.trim().slice(0, 320));
    if (next !== '/admin') back.set('next', next);
    return seeOther(`/admin/login?${back}`, headers);
  }

  const response = wantsJson ? NextResponse.json({ redirectTo: next }, { headers: noStore }) : seeOther(next, noStore);
  const secure = await siteIsHttps(request.headers, request.url);
  response.cookies.set(sessionCookieName(secure), result.token, sessionCookieOptions(secure, result.expiresAt));
  return response;
}
