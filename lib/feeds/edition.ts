import { resolveEdition } from '../editions/queries';
import { feedNotFound, feedResponse } from './http';
import type { FeedFormat } from './paths';
import type { FeedScope } from './queries';

/** A feed route under [edition] (/feed.xml, /uk/feed.xml, /uk/section/<slug>/feed.xml…): that edition's feed, or a short-lived 404. */
export async function editionFeed(segment: string, scope: FeedScope, format: FeedFormat): Promise<Response> {
  const edition = await resolveEdition(segment);
  return edition ? feedResponse(scope, format, edition.code) : feedNotFound();
}
