import type { Metadata } from 'next';
import { db } from '@/lib/db/client';
import { requirePagePermission } from '@/lib/auth/session';
import { listMedia } from '@/lib/media/admin';
import { listAuthors, listSections, listTags } from '@/lib/taxonomy/admin';
import { listEditions } from '@/lib/editions/admin';
import { editionLabel } from '@/lib/editions/labels';
import { isEditionCode } from '@/lib/i18n/languages';
import { FilterSelect } from '@/components/admin/FilterSelect';
import { AuthorForm, DeleteAuthorForm } from './AuthorForms';
import { CreateSectionForm, SectionRow } from './SectionForms';
import { CreateTagForm, TagRow } from './TagForms';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'Sections, tags and authors' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TaxonomyPage({ searchParams }: Props) {
  const { user, allowed } = await requirePagePermission('taxonomy:manage', '/admin/taxonomy');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;
  const asked = (await searchParams).tagEdition;
  const tagEdition = typeof asked === 'string' && isEditionCode(asked) ? asked : undefined;

  const [sections, tagList, authors, media, editions] = await Promise.all([
    listSections(db()),
    listTags(db(), tagEdition),
    listAuthors(db()),
    listMedia(db(), { take: 500 }),
    listEditions(db()),
  ]);
  const editionCodes = editions.editions.map((e) => e.code);
  // The default edition's names are the plain fields; the others get their own.
  const otherEditions = editionCodes.filter((c) => c !== editions.defaultEdition);
  const photos = media.map((m) => ({ id: m.id, label: `${m.alt || m.filename} (${m.width}×${m.height})` }));
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Sections, tags and authors">
      <nav aria-label="On this page" className="mt-2 flex gap-4 text-sm">
        <a href="#sections" className="prose-link">
          Sections
        </a>
        <a href="#tags" className="prose-link">
          Tags
        </a>
        <a href="#authors" className="prose-link">
          Authors
        </a>
      </nav>

      <section aria-labelledby="sections" className="mt-6">
        <h2 id="sections" className="font-serif text-2xl font-bold">
          Sections
        </h2>
        <p className="text-sm text-muted">
          In the order of the site’s header. Every edition shows every section: the name and description are the {editionLabel(editions.defaultEdition)} (default) edition’s, with
          names of their own for the others (left empty, they show the default ones). A section can be deleted only when no article is filed in it.
        </p>
        <ol className="mt-2 rounded border border-line bg-white px-3" aria-label="Sections">
          {sections.map((s, i) => (
            <SectionRow
              key={s.id}
              section={{ id: s.id, slug: s.slug, name: s.name, description: s.description, translations: s.translations, articles: s._count.articles }}
              editions={otherEditions}
              first={i === 0}
              last={i === sections.length - 1}
            />
          ))}
        </ol>
        <h3 className="mt-6 text-lg font-bold">New section</h3>
        <CreateSectionForm editions={otherEditions} />
      </section>

      <section aria-labelledby="tags" className="mt-10">
        <h2 id="tags" className="font-serif text-2xl font-bold">
          Tags
        </h2>
        <p className="text-sm text-muted">Each tag belongs to one edition and goes on articles of that edition. Deleting a tag removes it from its articles.</p>
        <form method="get" action="/admin/taxonomy#tags" className="mt-2 flex items-end gap-2" aria-label="Filter tags">
          <FilterSelect name="tagEdition" label="Edition" value={tagEdition} any="Every edition" options={editionCodes.map((c) => ({ value: c, label: editionLabel(c) }))} />
          <button type="submit" className="rounded border border-muted bg-white px-3 py-2 text-sm font-semibold">
            Show
          </button>
        </form>
        <ul className="mt-2 max-h-[32rem] overflow-y-auto rounded border border-line bg-white px-3" aria-label="Tags">
          {tagList.map((t) => (
            <TagRow key={t.id} tag={{ id: t.id, slug: t.slug, name: t.name, language: t.language, articles: t._count.articles }} />
          ))}
        </ul>
        <h3 className="mt-6 text-lg font-bold">New tag</h3>
        <CreateTagForm editions={editionCodes} edition={tagEdition ?? editions.defaultEdition} />
      </section>

      <section aria-labelledby="authors" className="mt-10">
        <h2 id="authors" className="font-serif text-2xl font-bold">
          Authors
        </h2>
        <p className="text-sm text-muted">An author can be deleted only when no article credits them.</p>
        <ul className="mt-2 space-y-3" aria-label="Authors">
          {authors.map((a) => {
            const row = { id: a.id, slug: a.slug, name: a.name, jobTitle: a.jobTitle, bio: a.bio, photoId: a.photoId, articles: a._count.articles };
            return (
              <li key={a.id} className="rounded border border-line bg-white p-3" data-testid="author-row" data-slug={a.slug}>
                <details>
                  <summary className="cursor-pointer font-semibold">
                    {a.name}{' '}
                    <span className="font-normal text-muted">
                      · /author/{a.slug} · {a._count.articles} article{a._count.articles === 1 ? '' : 's'}
                    </span>
                  </summary>
                  <AuthorForm author={row} photos={photos} />
                  <DeleteAuthorForm author={row} />
                </details>
              </li>
            );
          })}
        </ul>
        <h3 className="mt-6 text-lg font-bold">New author</h3>
        <div className="max-w-2xl">
          <AuthorForm photos={photos} />
        </div>
      </section>
    </AdminShell>
  );
}
