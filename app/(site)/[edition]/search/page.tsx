import type { Metadata } from 'next';
import { searchArticles } from '@/lib/articles/queries';
import { routeEdition } from '@/lib/editions/route';
import { pageMetadata } from '@/lib/seo/metadata';
import { metadataOf } from '@/lib/seo/metadata-guard';
import { BUILD_PLACEHOLDER, parseOrNull, searchParams as searchSchema } from '@/lib/urls/params';
import { searchPath } from '@/lib/urls/paths';
import { PublicPage } from '@/components/site/PublicPage';
import { Pagination } from '@/components/lists/Pagination';
import { TeaserList } from '@/components/lists/TeaserList';

type Props = { params: Promise<{ edition: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Per request (no-store, ADR 016): one edition's articles, in its language's search configuration (ADR 022).
export const instant = false;
export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER }];
}

async function parse(searchParams: Props['searchParams']) {
  return parseOrNull(searchSchema, await searchParams) ?? {};
}

export function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return metadataOf(async () => {
    const chrome = await routeEdition((await params).edition, '/search');
    const { q } = await parse(searchParams);
    const { m } = chrome;
    return { ...pageMetadata({ chrome, title: q ? `${m.search.title}: ${q}` : m.search.title, path: searchPath(chrome.edition.base) }), robots: { index: false } };
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const chrome = await routeEdition((await params).edition, '/search');
  const { settings, edition, m } = chrome;
  const { q = '', page = 1 } = await parse(searchParams);
  const results = await searchArticles(q, page, edition.code);
  const path = searchPath(edition.base);
  return (
    <PublicPage chrome={chrome}>
      <h1 className="font-serif text-3xl font-bold">{m.search.title}</h1>
      <form action={path} role="search" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="q" className="sr-only">
          {m.search.field}
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder={m.search.placeholder} className="min-w-0 flex-1 rounded border border-muted px-3 py-2" />
        <button className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">{m.search.button}</button>
      </form>
      {q && (
        <p className="mt-4 text-sm text-muted" role="status">
          {results.total === 0 ? m.search.none(q) : m.search.results(results.total, q, results.totalIsEstimate)}
        </p>
      )}
      <TeaserList items={results.items} timeZone={settings.timeZone} locale={m.locale} headingLevel={2} />
      <Pagination page={results.page} totalPages={results.totalPages} href={(n) => `${path}?q=${encodeURIComponent(q)}&page=${n}`} labels={m.lists} />
    </PublicPage>
  );
}
