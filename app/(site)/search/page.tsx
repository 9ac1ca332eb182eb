import type { Metadata } from 'next';
import { searchArticles } from '@/lib/articles/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { parseOrNull, searchParams as searchSchema } from '@/lib/urls/params';
import { PublicPage } from '@/components/site/PublicPage';
import { Pagination } from '@/components/lists/Pagination';
import { TeaserList } from '@/components/lists/TeaserList';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const instant = false;

async function parse(searchParams: Props['searchParams']) {
  return parseOrNull(searchSchema, await searchParams) ?? {};
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await parse(searchParams);
  return { ...pageMetadata({ chrome: await getSiteChrome(), title: q ? `Search: ${q}` : 'Search', path: '/search' }), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q = '', page = 1 } = await parse(searchParams);
  const [results, { settings }] = await Promise.all([searchArticles(q, page), getSiteChrome()]);
  return (
    <PublicPage>
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form action="/search" role="search" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="q" className="sr-only">
          Search stories
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="Search stories" className="min-w-0 flex-1 rounded border border-muted px-3 py-2" />
        <button className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">Search</button>
      </form>
      {q && (
        <p className="mt-4 text-sm text-muted" role="status">
          {results.total === 0 ? `No stories match “${q}”.` : `${results.total} ${results.total === 1 ? 'story matches' : 'stories match'} “${q}”.`}
        </p>
      )}
      <TeaserList items={results.items} timeZone={settings.timeZone} headingLevel={2} />
      <Pagination page={results.page} totalPages={results.totalPages} href={(n) => `/search?q=${encodeURIComponent(q)}&page=${n}`} />
    </PublicPage>
  );
}
