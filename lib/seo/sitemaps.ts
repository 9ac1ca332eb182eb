import { getPublishedSectionSlugs, getSitemapEntries } from '../articles/queries';
import { getEditionChrome, resolveEdition } from '../editions/queries';
import { absoluteUrl, frontPath, sectionPath } from '../urls/paths';
import { stripControlCharacters } from '../validation/text';

/** Markup escaped, and characters XML cannot carry dropped (rows stored before input refused them). */
export const xmlEscape = (s: string) => stripControlCharacters(s).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=60' };
const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=10' } });

/**
 * An edition's sitemap (/sitemap.xml, /uk/sitemap.xml; ADR 021): its front
 * page, the sections it has articles in and its articles, each article with
 * xhtml:link hreflang alternates to its versions in the other editions.
 */
export async function sitemapResponse(segment: string): Promise<Response> {
  const edition = await resolveEdition(segment);
  if (!edition) return notFound();
  const [{ settings, sections }, entries, withArticles] = await Promise.all([getEditionChrome(edition), getSitemapEntries(edition.code), getPublishedSectionSlugs(edition.code)]);
  const listed = new Set(withArticles);
  const url = (path: string) => xmlEscape(absoluteUrl(path, settings.siteUrl));
  const alternate = (code: string, path: string) => `<xhtml:link rel="alternate" hreflang="${code}" href="${url(path)}"/>`;
  const rows = [
    `<url><loc>${url(frontPath(edition.base))}</loc><changefreq>always</changefreq><priority>1</priority></url>`,
    ...sections
      .filter((s) => listed.has(s.slug))
      .map((s) => `<url><loc>${url(sectionPath(s.slug, 1, edition.base))}</loc><changefreq>hourly</changefreq><priority>0.8</priority></url>`),
    ...entries.map((e) => {
      const links = e.alternates.length ? [alternate(edition.code, e.path), ...e.alternates.map((a) => alternate(a.code, a.path))].join('') : '';
      return `<url><loc>${url(e.path)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod><priority>0.6</priority>${links}</url>`;
    }),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${rows.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: XML_HEADERS });
}

/** An edition's Google News sitemap: its stories from the last two days, in its language. */
export async function newsSitemapResponse(segment: string): Promise<Response> {
  const edition = await resolveEdition(segment);
  if (!edition) return notFound();
  const [{ settings }, entries] = await Promise.all([getEditionChrome(edition), getSitemapEntries(edition.code)]);
  const since = Date.now() - 2 * 86_400_000;
  const urls = entries
    .filter((e) => e.publishedAt.getTime() >= since)
    .map(
      (e) =>
        `<url><loc>${xmlEscape(absoluteUrl(e.path, settings.siteUrl))}</loc><news:news><news:publication><news:name>${xmlEscape(settings.siteName)}</news:name><news:language>${e.language}</news:language></news:publication><news:publication_date>${e.publishedAt.toISOString()}</news:publication_date><news:title>${xmlEscape(e.title)}</news:title></news:news></url>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>`;
  return new Response(xml, { headers: XML_HEADERS });
}
