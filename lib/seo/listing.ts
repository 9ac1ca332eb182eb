import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getListing, type ListingKind } from '../articles/queries';
import { routeEdition } from '../editions/route';
import { answerMissingPath } from '../redirects/answer';
import { authorPath, sectionPath, tagPath } from '../urls/paths';
import { BUILD_PLACEHOLDER, listingParams, parseOrNull } from '../urls/params';
import { pageMetadata } from './metadata';

export type ListingRouteProps = { params: Promise<{ edition: string; kind: string; slug: string; page?: string[] }> };

export const listingPaths: Record<ListingKind, (slug: string, page?: number, base?: string) => string> = {
  section: sectionPath,
  tag: tagPath,
  author: authorPath,
};

/** Build-time placeholder: fails validation, so it renders a 404 with no database. */
export function listingStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER, kind: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER, page: [] }];
}

/** Validated params, the edition's chrome and the listing page, or a 404. */
export async function loadListing(params: ListingRouteProps['params']) {
  const raw = await params;
  if (raw.kind === BUILD_PLACEHOLDER || raw.edition === BUILD_PLACEHOLDER) notFound();
  const rest = ['', raw.kind, raw.slug, ...(raw.page ?? [])].join('/');
  const chrome = await routeEdition(raw.edition, rest);
  const p = parseOrNull(listingParams, raw);
  const base = chrome.edition.base;
  // Not a listing: a staff redirect (301) or a 404.
  if (!p) return answerMissingPath(base + rest);
  const listing = await getListing(p.kind, p.slug, p.page, chrome.edition.code);
  if (!listing) return answerMissingPath(listingPaths[p.kind](p.slug, p.page, base));
  return { ...listing, kind: p.kind, slug: p.slug, chrome };
}

export async function listingMetadata(params: ListingRouteProps['params']): Promise<Metadata> {
  const listing = await loadListing(params);
  const { kind, chrome } = listing;
  const { m } = chrome;
  const label = kind === 'tag' ? m.lists.tagTitle(listing.entity.name) : listing.entity.name;
  return pageMetadata({
    chrome,
    title: listing.page > 1 ? m.lists.pageTitle(label, listing.page) : label,
    description: listing.entity.description || m.lists.latestStories(listing.entity.name),
    path: listingPaths[kind](listing.slug, listing.page, chrome.edition.base),
    feed: { scope: { kind, slug: listing.slug }, title: listing.entity.name },
  });
}
