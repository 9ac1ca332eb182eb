import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { getSiteChrome } from '@/lib/settings/queries';
import { LatestNewsAside } from '@/components/article/LatestNewsAside';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { SectionNav } from '@/components/site/SectionNav';

/**
 * An article URL with no live story: unknown (404) or unpublished (410, see
 * lib/server/miss-status.ts): a search box, the site's sections and the
 * latest news, so the reader has somewhere to go.
 *
 * Next renders this into every article page's payload (for client-side
 * notFound()), so it stays small and reads only the site chrome, which every
 * page carries already: the latest news is the article page's island
 * (/aside, ADR 012), never the `latest` tag, so publishing a story does not
 * expire every article. The build (no database) renders only the
 * placeholder URL: the message alone.
 */
export default async function ArticleNotFound() {
  const sections = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? [] : (await getSiteChrome()).sections;
  return (
    <main id="content" className="mx-auto grid max-w-6xl gap-10 px-4 py-16 md:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="max-w-2xl space-y-6">
        <NotFoundMessage />
        {sections.length > 0 && <SectionNav sections={sections} />}
      </div>
      {sections[0] && <LatestNewsAside section={sections[0].slug} />}
    </main>
  );
}
