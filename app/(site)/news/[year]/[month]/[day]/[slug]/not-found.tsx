import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { getLatest } from '@/lib/articles/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { LatestNews } from '@/components/lists/LatestNews';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { PublicPage } from '@/components/site/PublicPage';

/**
 * An article URL with no live story: unknown (404) or unpublished (410, see
 * lib/server/miss-status.ts). The site's sections (header), a search box and
 * the latest news, so the reader has somewhere to go. The build (no
 * database) renders only the placeholder URL: the message alone.
 */
export default async function ArticleNotFound() {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return (
      <main id="content" className="mx-auto max-w-2xl px-4 py-16">
        <NotFoundMessage />
      </main>
    );
  }
  const [{ settings }, latest] = await Promise.all([getSiteChrome(), getLatest(12)]);
  return (
    <PublicPage>
      <div className="grid gap-10 md:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="max-w-2xl py-6">
          <NotFoundMessage />
        </div>
        <LatestNews items={latest} timeZone={settings.timeZone} compact />
      </div>
    </PublicPage>
  );
}
