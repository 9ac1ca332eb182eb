import { cache } from 'react';
import { publicCache } from '../cache/public-cache';
import { tags } from '../cache/tags';
import { db } from '../db/client';
import { EDITION_CODES, isEditionCode, messagesFor, type EditionCode, type Messages } from '../i18n';
import { getSiteChrome, type SiteChrome } from '../settings/queries';
import { BUILD_PLACEHOLDER } from '../urls/params';
import { editionBase } from '../urls/paths';

/**
 * Public reads of the language editions (ADR 021). Editions are rows; the
 * default one is served at "/" and its unprefixed URLs are rewritten to the
 * route segment DEFAULT_SEGMENT (next.config.js), the others at "/<prefix>/".
 * So changing the default or a prefix is a settings change, not a build.
 */

/** The [edition] route segment that stands for the default edition (never a prefix: prefixes are [a-z]{2,8}). */
export const DEFAULT_SEGMENT = '_default';

export interface EditionView {
  code: EditionCode;
  /** Its name in its own language ("Українська"): the edition switcher. */
  name: string;
  prefix: string;
  isDefault: boolean;
  /** What its paths start with: '' for the default edition, else "/<prefix>". */
  base: string;
  /** The site name and tagline on its pages ('' = the site's). */
  siteName: string;
  tagline: string;
}

/** Every enabled edition in menu order, and the default's code. Cached with the site's chrome. */
export const getEditions = cache(async function editions(): Promise<{ all: EditionView[]; defaultCode: EditionCode }> {
  'use cache';
  publicCache(tags.site);
  const [rows, settings] = await Promise.all([
    db().edition.findMany({ where: { enabled: true }, orderBy: [{ position: 'asc' }, { code: 'asc' }] }),
    db().siteSettings.findUnique({ where: { id: 1 }, select: { defaultEdition: true } }),
  ]);
  const known = rows.filter((r) => isEditionCode(r.code));
  const wanted = settings?.defaultEdition ?? 'en';
  const defaultCode = (known.find((r) => r.code === wanted) ?? known[0])?.code ?? 'en';
  const all = known.map((r) => {
    const isDefault = r.code === defaultCode;
    return { code: r.code as EditionCode, name: r.name, prefix: r.prefix, isDefault, base: editionBase(r.prefix, isDefault), siteName: r.siteName, tagline: r.tagline };
  });
  return { all, defaultCode: defaultCode as EditionCode };
});

/** The edition a route's [edition] segment names, or null (unknown, disabled, or the default's own prefix). */
export async function resolveEdition(segment: string): Promise<EditionView | null> {
  if (segment !== DEFAULT_SEGMENT && !/^[a-z]{2,8}$/.test(segment)) return null;
  const { all } = await getEditions();
  if (segment === DEFAULT_SEGMENT) return all.find((e) => e.isDefault) ?? null;
  return all.find((e) => !e.isDefault && e.prefix === segment) ?? null;
}

/** An enabled edition by code (an article's), or null. */
export async function editionByCode(code: string): Promise<EditionView | null> {
  return (await getEditions()).all.find((e) => e.code === code) ?? null;
}

/**
 * The language (<html lang>), path base and section names of the root
 * layout for a segment: its edition's, else the default's (unknown paths render the default edition's 404). The
 * build renders only placeholders: no database then.
 */
export async function layoutEdition(segment: string): Promise<{ code: EditionCode; base: string; sections: { slug: string; name: string }[] }> {
  if (segment === BUILD_PLACEHOLDER) return { code: EDITION_CODES[0], base: '', sections: [] };
  const { all } = await getEditions();
  const edition = (await resolveEdition(segment)) ?? all.find((e) => e.isDefault);
  if (!edition) return { code: EDITION_CODES[0], base: '', sections: [] };
  const { sections } = await getEditionChrome(edition);
  return { code: edition.code, base: edition.base, sections: sections.map((s) => ({ slug: s.slug, name: s.name })) };
}

export type Section = SiteChrome['sections'][number];

/** A section's name and description in an edition (Section.translations), else its own. */
export function sectionIn(section: { name: string; description?: string; translations: unknown }, code: EditionCode) {
  const t = (section.translations as Record<string, { name?: string; description?: string }> | null)?.[code];
  return { name: t?.name || section.name, description: t?.description || section.description || '' };
}

export interface EditionChrome extends SiteChrome {
  edition: EditionView;
  editions: EditionView[];
  m: Messages;
}

/**
 * What every page of an edition shows around its content: the site chrome
 * with the edition's site name, section names and (when the settings' texts
 * are in another language) the catalogue's support and follow calls; the
 * editions for the switcher; its message catalogue.
 */
export const getEditionChrome = cache(async function editionChrome(edition: EditionView): Promise<EditionChrome> {
  const [chrome, { all }] = await Promise.all([getSiteChrome(), getEditions()]);
  const m = messagesFor(edition.code);
  const s = chrome.settings;
  // The settings' texts are written in the settings' language; other editions say it in their own.
  const own = s.language.split('-')[0] === edition.code;
  return {
    ...chrome,
    settings: {
      ...s,
      siteName: edition.siteName || s.siteName,
      tagline: edition.siteName || edition.tagline ? edition.tagline : s.tagline,
      supportHeaderText: own ? s.supportHeaderText : m.chrome.supportUs,
      supportTitle: own ? s.supportTitle : s.supportTitle && m.support.title,
      supportText: own ? s.supportText : s.supportText && m.support.text,
      supportButtonText: own ? s.supportButtonText : m.support.button,
      followText: own ? s.followText : m.chrome.followUs,
    },
    sections: chrome.sections.map((sec) => ({ ...sec, ...sectionIn(sec, edition.code) })),
    edition,
    editions: all,
    m,
  };
});
