import Image from 'next/image';
import type { ListingKind } from '@/lib/articles/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { listingPaths, loadListing, type ListingRouteProps } from '@/lib/seo/listing';
import { PublicPage } from '../site/PublicPage';
import { Pagination } from './Pagination';
import { TeaserList } from './TeaserList';

const kickers: Record<ListingKind, string> = { section: 'Section', tag: 'Tag', author: 'Author' };

/** A section, tag or author page: heading, stories, pagination. */
export async function Listing({ params }: { params: ListingRouteProps['params'] }) {
  const listing = await loadListing(params);
  const { kind } = listing;
  const { settings } = await getSiteChrome();
  const { entity } = listing;
  return (
    <PublicPage currentSection={kind === 'section' ? listing.slug : undefined}>
      <header className="flex items-start gap-4 border-b border-line pb-4">
        {entity.photo && <Image src={entity.photo.src} width={96} height={96} alt={entity.photo.alt} className="size-24 rounded-full bg-paper object-cover" />}
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{kickers[kind]}</p>
          <h1 className="font-serif text-3xl font-bold">{entity.name}</h1>
          {entity.jobTitle && <p className="text-sm font-semibold">{entity.jobTitle}</p>}
          {entity.description && <p className="mt-2 max-w-2xl text-muted">{entity.description}</p>}
        </div>
      </header>
      <TeaserList items={listing.items} timeZone={settings.timeZone} headingLevel={2} />
      <Pagination page={listing.page} totalPages={listing.totalPages} href={(n) => listingPaths[kind](listing.slug, n)} />
    </PublicPage>
  );
}
