import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFrontPage } from '@/lib/articles/queries';
import { getMostRead } from '@/lib/articles/most-read';
import { houseAd } from '@/lib/ads/creative';
import { getSiteChrome } from '@/lib/settings/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { BUILD_PLACEHOLDER, FRONT_EDITION } from '@/lib/urls/params';
import { PublicPage } from '@/components/site/PublicPage';
import { LatestNews } from '@/components/lists/LatestNews';
import { TeaserCard } from '@/components/lists/TeaserCard';
import { MostRead } from '@/components/lists/MostRead';
import { AdSlot } from '@/components/ads/AdSlot';

type Props = { params: Promise<{ edition: string }> };

// Served at "/" (a rewrite in next.config.js) so that, like articles, the front
// page is rendered on its first request and then served whole from the cache
// until a write invalidates it. The build renders only the placeholder (404).
export const instant = false;
export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER }];
}

async function checkEdition(params: Props['params']) {
  if ((await params).edition !== FRONT_EDITION) notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await checkEdition(params);
  return pageMetadata({ chrome: await getSiteChrome(), path: '/' });
}

export default async function FrontPage({ params }: Props) {
  await checkEdition(params);
  const [front, { settings }, mostRead] = await Promise.all([getFrontPage(), getSiteChrome(), getMostRead()]);
  const house = houseAd(settings);
  const tz = settings.timeZone;
  return (
    <PublicPage>
      <h1 className="sr-only">{settings.siteName}: news</h1>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="min-w-0">
          {front.lead && (
            <section aria-label="Lead story" data-testid="lead-story">
              <TeaserCard item={front.lead} timeZone={tz} size="lead" />
            </section>
          )}
          {front.top.length > 0 && (
            <section aria-labelledby="top-heading" className="mt-8">
              <h2 id="top-heading" className="border-b-2 border-ink pb-1 font-serif text-xl font-bold">
                Top stories
              </h2>
              <div className="mt-4 grid gap-6 sm:grid-cols-2">
                {front.top.map((t) => (
                  <TeaserCard key={t.id} item={t} timeZone={tz} />
                ))}
              </div>
            </section>
          )}
          <AdSlot placement="INLINE" position="front-1" seed="front" house={house} />
          {front.sections.map(({ section, items }) => (
            <section key={section.path} aria-labelledby={`s-${section.path}`} className="mt-10">
              <h2 id={`s-${section.path}`} className="flex items-baseline justify-between border-b-2 border-ink pb-1">
                <a href={section.path} className="font-serif text-xl font-bold hover:underline">
                  {section.name}
                </a>
                <a href={section.path} className="text-sm text-muted hover:underline">
                  More <span className="sr-only">from {section.name}</span>→
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
          <AdSlot placement="SIDEBAR" position="sidebar" seed="front" house={house} />
          <LatestNews items={front.latest} timeZone={tz} />
          {mostRead.items.length > 0 && <MostRead items={mostRead.items} />}
        </div>
      </div>
    </PublicPage>
  );
}
