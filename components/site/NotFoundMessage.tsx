import Link from 'next/link';

/** The heading, explanation and ways on of every 404 and 410 page (no data: the root one renders with no database). */
export function NotFoundMessage() {
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand">Page not found</p>
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
    </>
  );
}
