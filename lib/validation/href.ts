/**
 * URL rules without dependencies: the article renderer in the browser (live
 * blog entries) asks them too, and importing ./url.ts there shipped zod
 * (107 KB) to every article page.
 */

/** True for absolute http: or https: URLs with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * A path of this site: "/" followed by a path character only (RFC 3986 pchar,
 * then path, query and fragment characters), nothing else anywhere. Browsers
 * read "//host", "/\\host" and "/<tab>/host" as another host; whitespace,
 * control characters and backslashes are refused for that reason.
 */
const SITE_PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@%][A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*)?$/;

export function isSitePath(value: string): boolean {
  return SITE_PATH.test(value);
}

/** A link inside article text: an absolute http(s) URL or a site path. The schema and the renderer both ask this. */
export function isSafeHref(value: string): boolean {
  return isSitePath(value) || (/^https?:\/\//i.test(value) && isHttpUrl(value));
}
