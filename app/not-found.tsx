import Link from 'next/link';

/** Static (no database): shown with a real 404 status for unknown or unpublished URLs. */
export default function NotFound() {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand">Error 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-muted">The story may have been moved or unpublished, or the address may be mistyped.</p>
      <form action="/search" className="mt-6 flex gap-2" role="search">
        <label htmlFor="nf-q" className="sr-only">
          Search the site
        </label>
        <input id="nf-q" name="q" type="search" placeholder="Search stories" className="min-w-0 flex-1 rounded border border-line px-3 py-2" />
        <button className="rounded bg-brand px-4 py-2 font-semibold text-white">Search</button>
      </form>
      <p className="mt-6">
        <Link href="/" className="prose-link">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
