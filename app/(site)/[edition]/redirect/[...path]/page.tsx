import { notFound } from 'next/navigation';
import { requestedPath } from '@/lib/editions/route';
import { answerMissingPath } from '@/lib/redirects/answer';
import { BUILD_PLACEHOLDER } from '@/lib/urls/params';

type Props = { params: Promise<{ edition: string; path: string[] }> };

// Every path no route serves is rewritten here (next.config.js, `fallback`):
// "/a/b" → /<a>/redirect/b when "a" could be an edition prefix (so the 404
// speaks that edition's language), else /_default/redirect/a/b. A staff
// redirect answers 301, anything else the site's 404. Cached per path like
// the other misses (short-lived, lib/redirects/queries.ts).
export const instant = false;
export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER, path: [BUILD_PLACEHOLDER] }];
}

export default async function MissingPath({ params }: Props) {
  const { edition, path } = await params;
  if (edition === BUILD_PLACEHOLDER) notFound();
  return answerMissingPath(requestedPath(edition, `/${path.join('/')}`));
}
