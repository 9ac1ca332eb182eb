import { notFound, permanentRedirect } from 'next/navigation';
import { forgetGone, markGone } from '../server/miss-status';
import { MAX_PATH_LENGTH } from './paths';
import { resolveMissingPath } from './queries';

/**
 * Where a route would answer 404: a moved path redirects permanently (301,
 * lib/server/miss-status.ts), an unpublished article's URL answers 410, and
 * anything else 404. Called only on a miss, so pages that exist never query
 * the redirects.
 */
export async function answerMissingPath(path: string): Promise<never> {
  if (path.length > MAX_PATH_LENGTH) notFound();
  const fate = await resolveMissingPath(path);
  if (fate?.kind === 'gone') markGone(path);
  else forgetGone(path);
  if (fate?.kind === 'moved') permanentRedirect(fate.to);
  notFound();
}
