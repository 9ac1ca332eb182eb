import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getListing, type ListingKind } from '../articles/queries';
import { answerMissingPath } from '../redirects/answer';
import { getSiteChrome } from '../settings/queries';
import { authorPath, sectionPath, tagPath } from '../urls/paths';
import { BUILD_PLACEHOLDER, listingParams, parseOrNull } from '../urls/params';
import { pageMetadata } from './metadata';

export type ListingRouteProps = { params: Promise<{ kind: string; slug: string; page?: string[] }> };

export const listingPaths: Record<ListingKind, (slug: string, page?: number) => string> = {
  section: sectionPath,
  tag: tagPath,
  author: authorPath,
};

/** Build-time placeholder: fails validation, so it renders a 404 with no database. */
export function listingStaticParams() {
  return [{ kind: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER, page: [] }];
}

/** Validated params and the listing page, or a 404. */
export async function loadListing(params: ListingRouteProps['params']) {
  const raw = await params;
  const p = parseOrNull(listingParams, raw);
  if (raw.kind === BUILD_PLACEHOLDER) notFound();
  // Not a listing: a staff redirect (301) or a 404.
  if (!p) return answerMissingPath(['', raw.kind, raw.slug, ...(raw.page ?? [])].join('/'));
  const listing = await getListing(p.kind, p.slug, p.page);
  if (!listing) return answerMissingPath(listingPaths[p.kind](p.slug, p.page));
  return { ...listing, kind: p.kind, slug: p.slug };
}

export async function listingMetadata(params: ListingRouteProps['params']): Promise<Metadata> {
  const listing = await loadListing(params);
  const kind = listing.kind;
  const label = kind === 'tag' ? `Tag: ${listing.entity.name}` : listing.entity.name;
  return pageMetadata({
    chrome: await getSiteChrome(),
    title: listing.page > 1 ? `${label} — page ${listing.page}` : label,
    description: listing.entity.description || `Latest stories: ${listing.entity.name}`,
    path: listingPaths[kind](listing.slug, listing.page),
    feed: { scope: { kind, slug: listing.slug }, title: listing.entity.name },
  });
}
