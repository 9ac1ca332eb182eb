import { z } from 'zod';

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

/**
 * An http(s) URL field: trimmed, at most `max` characters, '' allowed unless
 * `required`. With a `label` the messages name the field ("Site URL must be
 * …"); without one they state the rule, for forms that show the label beside
 * the message. The one URL validator of forms, the editor and article blocks.
 */
export function httpUrl({ label, required = false, max = 2000 }: { label?: string; required?: boolean; max?: number } = {}) {
  const name = label ? `${label} ` : '';
  const base = z
    .string(label ? { error: `${label} is required.` } : undefined)
    .trim()
    .max(max, label ? `${label} must be at most ${max} characters.` : `must be at most ${max} characters`);
  const rule = label ? `${name}must be a full http:// or https:// address.` : 'must be a full http(s):// address';
  return required
    ? base.min(1, label ? `${label} is required.` : 'is required').refine(isHttpUrl, rule)
    : base.refine((v) => v === '' || isHttpUrl(v), label ? `${name}must be empty or a full http:// or https:// address.` : rule);
}
