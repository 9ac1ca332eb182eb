import { EditionNotFound } from '@/components/site/EditionNotFound';

/**
 * Static (no database): every 404 and 410 of the public site (unknown URLs,
 * unpublished articles: lib/redirects, lib/server/miss-status.ts), in the
 * edition's language. Next renders it into every page's payload, so it
 * reads nothing: the strings come from the root layout's context.
 */
export default function NotFound() {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16">
      <EditionNotFound />
    </main>
  );
}
