'use client';

import { frontPath } from '@/lib/urls/paths';
import { LatestNewsAside } from '../article/LatestNewsAside';
import { useEdition } from './EditionContext';
import { NotFoundMessage } from './NotFoundMessage';
import { SectionNav } from './SectionNav';

/**
 * An article URL with no live story (404, or 410 when unpublished): the
 * message, the edition's sections and its latest news, so the reader has
 * somewhere to go. Everything comes from the root layout's context and the
 * Latest news island (/aside, ADR 012): nothing here reads the `latest` lists
 * on the server, so publishing a story does not expire every article page
 * (Next renders this into every article page's payload).
 */
export function ArticleNotFound() {
  const edition = useEdition();
  if (!edition) return null;
  const { code, base, locale, sections, strings } = edition;
  return (
    <main id="content" className="mx-auto grid max-w-6xl gap-10 px-4 py-16 md:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="max-w-2xl space-y-6">
        <NotFoundMessage m={strings} base={base} />
        {sections.length > 0 && <SectionNav sections={sections} base={base} label={strings.sections} />}
      </div>
      {sections[0] && (
        <LatestNewsAside
          section={sections[0].slug}
          edition={code}
          locale={locale}
          labels={{ latestNews: strings.latestNews, latestOnFront: strings.latestOnFront }}
          frontPath={frontPath(base)}
        />
      )}
    </main>
  );
}
