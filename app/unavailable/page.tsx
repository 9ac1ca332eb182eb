import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Temporarily unavailable', robots: { index: false } };

/**
 * Static (no database), like app/not-found.tsx: the body of the 503 answered
 * while the database is down, at the URL the reader asked for
 * (lib/health/outage.ts). proxy.ts answers /unavailable itself with a 503,
 * so this page is never served with a 200.
 */
export default function Unavailable() {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand">Error 503</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">We can’t load this page right now</h1>
      <p className="mt-4 text-muted">Something on our side is not answering. Try again in a minute.</p>
      <p className="mt-6 flex gap-6">
        {/* An empty href is the current address: the page the reader asked for. */}
        <a href="" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Try again
        </a>
        <Link href="/" className="prose-link self-center">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
