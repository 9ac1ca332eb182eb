import { z } from 'zod';

/**
 * Paths of redirects (issue 11, part 4): pure rules, no database, unit
 * tested (tests/unit/redirects.test.ts). A redirect maps one path of this
 * site (no query, no fragment) to another path of this site or to an
 * article; lookups compare the request's pathname exactly.
 */

export const MAX_PATH_LENGTH = 500;

/** Path segments: RFC 3986 pchar (percent-escapes allowed), nothing that could name another host. */
const PATH = /^(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]+)+\/?$|^\/$/;

/** Prefixes the app serves itself; a redirect from them would never be reached, or would hijack staff pages. */
const RESERVED = ['/admin', '/_next', '/media', '/og', '/aside', '/healthz', '/readyz', '/front', '/redirect'];

/** "/a/b/" → "/a/b" (the root stays "/"). */
export function normalizePath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export function isReservedPath(path: string): boolean {
  return RESERVED.some((p) => path === p || path.startsWith(`${p}/`));
}

const sitePath = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(MAX_PATH_LENGTH, `${label} is too long (${MAX_PATH_LENGTH} characters at most).`)
    .refine((p) => p.startsWith('/') && !p.startsWith('//'), `${label} must be a path of this site, starting with “/” (for example /news/old-story).`)
    .refine((p) => !/[?#]/.test(p), `${label} must not contain “?” or “#”.`)
    .refine((p) => PATH.test(p), `${label} may contain only letters, digits, “/”, “-”, “_”, “.”, “~” and %-escapes.`)
    .transform(normalizePath);

/** What staff type at /admin/redirects. */
export const staffRedirectSchema = z
  .object({
    // No %-escapes: routes see decoded paths, so an escaped old path would never match.
    fromPath: sitePath('Old path')
      .refine((p) => !p.includes('%'), 'Old path: type the characters themselves (letters, digits, “-”, “_”, “.”, “~”), not %-escapes.')
      .refine((p) => p !== '/', 'The front page cannot be redirected.')
      .refine((p) => !isReservedPath(p), 'That path belongs to the admin or the site itself.'),
    toPath: sitePath('New path').refine((p) => !isReservedPath(p), 'Redirect to a public page of the site.'),
  })
  .refine((v) => v.fromPath !== v.toPath, { path: ['toPath'], message: 'The new path must differ from the old one.' });

export type StaffRedirectInput = z.output<typeof staffRedirectSchema>;

/** The parts of an article URL (/news/yyyy/mm/dd/slug), or null. */
export function articlePathParts(path: string): { year: string; month: string; day: string; slug: string } | null {
  // Any edition's: "/news/…" or "/<prefix>/news/…" (ADR 021).
  const m = /^(?:\/[a-z]{2,8})?\/news\/(\d{4})\/(\d{2})\/(\d{2})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path);
  return m ? { year: m[1], month: m[2], day: m[3], slug: m[4] } : null;
}

/**
 * Whether adding `from` → `to` would make a chain or a loop with the existing
 * redirects (`existing`: fromPath → toPath, paths only): `to` must not itself
 * redirect, and nothing may already redirect to `from`. Article targets never
 * chain (they always lead to the article's current URL).
 */
export function chainProblem(from: string, to: string, existing: { fromPath: string; toPath: string | null }[]): string | null {
  if (existing.some((r) => r.fromPath === to)) return `${to} itself redirects: point the old path at its final address instead.`;
  if (existing.some((r) => r.toPath === from)) return `Another redirect leads to ${from}: change that one instead of making a chain.`;
  return null;
}
