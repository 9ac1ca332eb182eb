import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorLookups, listArticles, listFilterSchema } from '@/lib/editorial/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import type { ArticleStatus } from '@/lib/editorial/types';
import { STATUS_LABELS, StatusBadge } from '@/components/admin/StatusBadge';
import { FilterSelect } from '@/components/admin/FilterSelect';
import { AdminShell } from '@/components/admin/AdminShell';
import { signOutAction } from '../account/actions';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { EditionBadge } from '@/components/admin/EditionBadge';
import { editionLabel } from '@/lib/editions/labels';

export const instant = false;

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const inputClass = 'mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-base';

const SORTS = [
  { value: 'modified', label: 'Last modified' },
  { value: 'published', label: 'Publication date' },
  { value: 'title', label: 'Title (A–Z)' },
] as const;

function dateFormatter(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (iso: string | null) => (iso ? format.format(new Date(iso)) : null);
}

/** The newsroom's article list: search, filters, sort and cursor pages. Authors see only their own. */
export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireUser('/admin/articles');
  const params = await searchParams;
  const filter = listFilterSchema.parse({
    q: first(params.q),
    status: first(params.status),
    sectionId: first(params.sectionId),
    authorId: first(params.authorId),
    edition: first(params.edition),
    sort: first(params.sort),
    cursor: first(params.cursor),
  });
  const [{ items, nextCursor }, lookups, { settings }] = await Promise.all([listArticles(filter, user), getEditorLookups(), getSiteChrome()]);
  // Times in the newsroom's zone (the site's), like the public pages.
  const formatDate = dateFormatter(settings.timeZone);

  const query = (extra: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    const all = {
      q: filter.q,
      status: filter.status,
      sectionId: filter.sectionId,
      authorId: filter.authorId,
      edition: filter.edition,
      sort: filter.sort === 'modified' ? undefined : filter.sort,
      ...extra,
    };
    for (const [k, v] of Object.entries(all)) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `/admin/articles?${s}` : '/admin/articles';
  };
  const filtered = Boolean(filter.q || filter.status || filter.sectionId || filter.authorId || filter.edition);

  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Articles">
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">{can(user.role, 'articles:edit-any') ? 'All articles in the newsroom.' : 'Articles you have written.'}</p>
        <Link href={filter.edition ? `/admin/articles/new?edition=${filter.edition}` : '/admin/articles/new'} className={buttonClass}>
          {filter.edition ? `New ${editionLabel(filter.edition)} article` : 'New article'}
        </Link>
      </div>

      <form
        method="get"
        action="/admin/articles"
        role="search"
        aria-label="Find articles"
        className="mt-6 grid grid-cols-2 gap-3 rounded border border-line bg-white p-4 lg:grid-cols-[minmax(12rem,2fr)_repeat(5,minmax(7rem,1fr))_auto]"
      >
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="filter-q" className="block text-sm font-semibold">
            Search titles
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} className={inputClass} />
        </div>
        <FilterSelect
          name="status"
          label="Status"
          value={filter.status}
          any="Any status"
          options={(Object.keys(STATUS_LABELS) as ArticleStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        <FilterSelect name="sectionId" label="Section" value={filter.sectionId} any="Any section" options={lookups.sections.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect name="authorId" label="Author" value={filter.authorId} any="Any author" options={lookups.authors.map((a) => ({ value: a.id, label: a.name }))} />
        <FilterSelect
          name="edition"
          label="Edition"
          value={filter.edition}
          any="Any edition"
          options={lookups.editions.map((e) => ({ value: e.code, label: editionLabel(e.code) }))}
        />
        <FilterSelect name="sort" label="Sort by" value={filter.sort} options={SORTS} />
        <div className="col-span-2 flex items-end gap-2 lg:col-span-1">
          <button type="submit" className={buttonClass}>
            Apply
          </button>
          {filtered && (
            <Link href="/admin/articles" className="py-2 text-sm font-semibold underline">
              Clear
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="results-heading" className="mt-6">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        {items.length === 0 ? (
          <p className="rounded border border-line bg-white p-4" role="status">
            {filtered ? 'No articles match these filters.' : 'No articles yet.'}{' '}
            <Link href="/admin/articles/new" className="prose-link">
              Write one
            </Link>
            .
          </p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line bg-white" aria-label="Articles">
            {items.map((a) => (
              <li key={a.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-article-id={a.id}>
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    <EditionBadge code={a.edition} />
                    <StatusBadge status={a.status} />
                    {a.pending && (
                      <span
                        className="whitespace-nowrap rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900"
                        data-testid="pending-badge"
                      >
                        {a.pending === 'submitted' ? 'Changes in review' : 'Unpublished changes'}
                      </span>
                    )}
                    <Link href={`/admin/articles/${a.id}`} className="font-semibold hover:underline">
                      {a.title || '(untitled)'}
                    </Link>
                  </p>
                  <p className="mt-1 text-sm text-muted">
                    {a.section}
                    {a.authors.length > 0 && <> · {a.authors.join(', ')}</>}
                    {' · '}
                    {a.status === 'SCHEDULED' && a.scheduledAt ? (
                      <>publishes {formatDate(a.scheduledAt)}</>
                    ) : a.status === 'PUBLISHED' && a.publishedAt && filter.sort === 'published' ? (
                      <>published {formatDate(a.publishedAt)}</>
                    ) : (
                      <>
                        modified {formatDate(a.modifiedAt)}
                        {a.modifiedBy && <> by {a.modifiedBy}</>}
                      </>
                    )}
                  </p>
                </div>
                <p className="flex shrink-0 gap-3 text-sm">
                  <Link href={`/admin/articles/${a.id}`} className="prose-link">
                    Edit<span className="sr-only"> “{a.title}”</span>
                  </Link>
                  {a.publicPath && (
                    <a href={a.publicPath} className="prose-link">
                      View<span className="sr-only"> “{a.title}” on the site</span>
                    </a>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-3">
          {filter.cursor && (
            <Link href={query({})} className={secondaryButtonClass}>
              ← First page
            </Link>
          )}
          {nextCursor && (
            <Link href={query({ cursor: nextCursor })} className={secondaryButtonClass}>
              Next page →
            </Link>
          )}
        </nav>
      </section>
    </AdminShell>
  );
}
