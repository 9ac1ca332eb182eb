import { notFound, permanentRedirect } from 'next/navigation';
import { answerMissingPath } from '../redirects/answer';
import { BUILD_PLACEHOLDER } from '../urls/params';
import { DEFAULT_SEGMENT, getEditionChrome, getEditions, resolveEdition, type EditionChrome } from './queries';

/** The path the reader asked for, from the [edition] segment and the rest of the route's path. */
export function requestedPath(segment: string, rest: string): string {
  const path = segment === DEFAULT_SEGMENT ? rest : `/${segment}${rest === '/' ? '' : rest}`;
  return path || '/';
}

/**
 * The edition of a public route and its chrome. An [edition] segment that
 * names no enabled edition is not a page of ours: a staff redirect (301), a
 * gone article (410) or a 404 (lib/redirects) for the whole path. The build's
 * placeholder params are a 404 with no database. The default edition's own
 * prefix ("/en/…" while English is at "/") answers 308 to the unprefixed URL:
 * one URL per page.
 */
export async function routeEdition(segment: string, rest: string): Promise<EditionChrome> {
  if (segment === BUILD_PLACEHOLDER) notFound();
  const edition = await resolveEdition(segment);
  if (edition) return getEditionChrome(edition);
  if ((await getEditions()).all.some((e) => e.isDefault && e.prefix === segment)) permanentRedirect(rest);
  return answerMissingPath(requestedPath(segment, rest));
}
