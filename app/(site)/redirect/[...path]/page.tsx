import { notFound } from 'next/navigation';
import { answerMissingPath } from '@/lib/redirects/answer';
import { BUILD_PLACEHOLDER } from '@/lib/urls/params';

type Props = { params: Promise<{ path: string[] }> };

// Every path no route serves is rewritten here (next.config.js, `fallback`):
// a staff redirect answers 301, anything else the site's 404. Cached per path
// like the other misses (short-lived, lib/redirects/queries.ts).
export const instant = false;
export function generateStaticParams() {
  return [{ path: [BUILD_PLACEHOLDER] }];
}

export default async function MissingPath({ params }: Props) {
  const { path } = await params;
  if (path.length === 1 && path[0] === BUILD_PLACEHOLDER) notFound();
  return answerMissingPath(`/${path.join('/')}`);
}
