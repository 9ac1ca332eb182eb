import { ArticleNotFound } from '@/components/site/ArticleNotFound';

/** An article URL with no live story: 404, or 410 when unpublished (lib/server/miss-status.ts). */
export default function NotFound() {
  return <ArticleNotFound />;
}
