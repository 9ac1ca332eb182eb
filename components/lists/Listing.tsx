import Image from 'next/image';
import { listingPaths, loadListing, type ListingRouteProps } from '@/lib/seo/listing';
import { PublicPage } from '../site/PublicPage';
import { Pagination } from './Pagination';
import { TeaserList } from './TeaserList';

/** A section, tag or author page of an edition: heading, stories, pagination. */
export async function Listing({ params }: { params: ListingRouteProps['params'] }) {
  const listing = await loadListing(params);
  const { kind, chrome, entity } = listing;
  const { settings, edition, m } = chrome;
  return (
    <PublicPage chrome={chrome} currentSection={kind === 'section' ? listing.slug : undefined}>
      <header className="flex items-start gap-4 border-b border-line pb-4">
        {entity.photo && <Image src={entity.photo.src} width={96} height={96} alt={entity.photo.alt} className="size-24 rounded-full bg-paper object-cover" />}
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{m.lists.kicker[kind]}</p>
          <h1 className="font-serif text-3xl font-bold">{entity.name}</h1>
          {entity.jobTitle && <p className="text-sm font-semibold">{entity.jobTitle}</p>}
          {entity.description && <p className="mt-2 max-w-2xl text-muted">{entity.description}</p>}
        </div>
      </header>
      <TeaserList items={listing.items} timeZone={settings.timeZone} locale={m.locale} headingLevel={2} />
      <Pagination page={listing.page} totalPages={listing.totalPages} href={(n) => listingPaths[kind](listing.slug, n, edition.base)} labels={m.lists} />
    </PublicPage>
  );
}
