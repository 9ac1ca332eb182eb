import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { safeNext } from '@/lib/auth/paths';
import { rateLimitMessage } from '@/lib/auth/rate-limit';
import { ACCOUNT_DISABLED, INVALID_CREDENTIALS, SIGN_IN_BUSY } from '@/lib/auth/sign-in';
import { LoginForm } from './LoginForm';

export const instant = false;

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

function errorMessage(code: string, retryAfterSeconds: number): string | undefined {
  switch (code) {
    case 'missing':
      return 'Enter your email and password.';
    case 'invalid':
      return INVALID_CREDENTIALS;
    case 'disabled':
      return ACCOUNT_DISABLED;
    case 'busy':
      return SIGN_IN_BUSY;
    case 'limited':
      return rateLimitMessage(Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? Math.min(retryAfterSeconds, 3600) : 900);
    default:
      return undefined;
  }
}

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNext(first(params.next));
  if (await getCurrentUser()) redirect(next);

  // Set by the sign-in route when the form was posted without JavaScript.
  const error = errorMessage(first(params.error), Number(first(params.retry)));
  const email = first(params.email).slice(0, 320);

  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-lg font-bold text-brand">Newsroom admin</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-sm text-muted">For newsroom staff. Readers don’t need an account.</p>
      <LoginForm next={next} initialEmail={email} initialError={error} />
    </main>
  );
}
