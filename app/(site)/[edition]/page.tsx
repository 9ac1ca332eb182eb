import type { Metadata } from 'next';
import { getFrontPage } from '@/lib/articles/queries';
import { getMostRead } from '@/lib/articles/most-read';
import { houseAd } from '@/lib/ads/creative';
import { routeEdition } from '@/lib/editions/route';
import { pageMetadata } from '@/lib/seo/metadata';
import { metadataOf } from '@/lib/seo/metadata-guard';
import { BUILD_PLACEHOLDER } from '@/lib/urls/params';
import { frontPath } from '@/lib/urls/paths';
import { PublicPage } from '@/components/site/PublicPage';
import { LatestNews } from '@/components/lists/LatestNews';
import { TeaserCard } from '@/components/lists/TeaserCard';
import { MostRead } from '@/components/lists/MostRead';
import { AdSlot } from '@/components/ads/AdSlot';

type Props = { params: Promise<{ edition: string }> };

// An edition's front page: "/" (rewritten to the default edition's segment,
// next.config.js) or "/uk". Like articles, rendered on its first request and
// then served whole from the cache until a write in its edition invalidates
// it. The build renders only the placeholder (404). A single-segment path that
// names no edition is looked up as a staff redirect, else a 404.
export const instant = false;
export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER }];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataOf(async () => {
    const chrome = await routeEdition((await params).edition, '/');
    const versions = chrome.editions.filter((e) => e.code !== chrome.edition.code).map((e) => ({ code: e.code, path: frontPath(e.base) }));
    return pageMetadata({ chrome, path: frontPath(chrome.edition.base), versions });
  });
}

export default async function FrontPage({ params }: Props) {
  const chrome = await routeEdition((await params).edition, '/');
  const { settings, edition, m } = chrome;
  const [front, mostRead] = await Promise.all([getFrontPage(edition.code), getMostRead(edition.code)]);
  const house = houseAd(settings);
  const tz = settings.timeZone;
  return (
    <PublicPage chrome={chrome}>
      <h1 className="sr-only">{m.front.heading(settings.siteName)}</h1>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="min-w-0">
          {front.lead && (
            <section aria-label={m.front.leadStory} data-testid="lead-story">
              <TeaserCard item={front.lead} timeZone={tz} size="lead" />
            </section>
          )}
          {front.top.length > 0 && (
            <section aria-labelledby="top-heading" className="mt-8">
              <h2 id="top-heading" className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
                {m.front.topStories}
              </h2>
              <div className="mt-4 grid gap-6 sm:grid-cols-2">
                {front.top.map((t) => (
                  <TeaserCard key={t.id} item={t} timeZone={tz} />
                ))}
              </div>
            </section>
          )}
          <AdSlot placement="INLINE" position="front-1" seed="front" house={house} labels={m.ads} edition={edition.code} />
          {front.sections.map(({ section, items }) => (
            <section key={section.path} aria-labelledby={`s-${section.path}`} className="mt-10">
              <h2 id={`s-${section.path}`} className="flex items-baseline justify-between border-b-2 border-ink pb-1">
                <a href={section.path} className="font-serif text-xl font-bold hover:underline">
                  {section.name}
                </a>
                <a href={section.path} className="text-sm text-muted hover:underline">
                  {m.front.more} <span className="sr-only">{m.front.moreFrom(section.name)}</span>→
                </a>
              </h2>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2">
                {items.map((t) => (
                  <li key={t.id}>
                    <a href={t.path} className="font-serif font-bold leading-snug hover:underline">
                      {t.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <div className="min-w-0">
          <AdSlot placement="SIDEBAR" position="sidebar" seed="front" house={house} labels={m.ads} edition={edition.code} />
          <LatestNews items={front.latest} timeZone={tz} locale={m.locale} heading={m.lists.latestNews} />
          {mostRead.items.length > 0 && <MostRead items={mostRead.items} heading={m.lists.mostRead} />}
        </div>
      </div>
    </PublicPage>
  );
}
