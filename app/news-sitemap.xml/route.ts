import { connection } from 'next/server';
import { getSitemapEntries } from '@/lib/articles/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { absoluteUrl } from '@/lib/urls/paths';
import { stripControlCharacters } from '@/lib/validation/text';

/** Markup escaped, and characters XML cannot carry dropped (rows stored before input refused them). */
const xmlEscape = (s: string) => stripControlCharacters(s).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Google News sitemap: stories from the last two days. */
export async function GET() {
  await connection();
  const [{ settings }, entries] = await Promise.all([getSiteChrome(), getSitemapEntries()]);
  const since = Date.now() - 2 * 86_400_000;
  const urls = entries
    .filter((e) => e.publishedAt.getTime() >= since)
    .map(
      (e) =>
        `<url><loc>${xmlEscape(absoluteUrl(e.path, settings.siteUrl))}</loc><news:news><news:publication><news:name>${xmlEscape(settings.siteName)}</news:name><news:language>${e.language}</news:language></news:publication><news:publication_date>${e.publishedAt.toISOString()}</news:publication_date><news:title>${xmlEscape(e.title)}</news:title></news:news></url>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=60' } });
}
