import type { Metadata } from 'next';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorLookups } from '@/lib/editorial/queries';
import { db } from '@/lib/db/client';
import { isEditionCode } from '@/lib/i18n/languages';
import { ArticleEditor } from '@/components/admin/editor/ArticleEditor';
import { AdminShell } from '@/components/admin/AdminShell';
import { signOutAction } from '../../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'New article' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A new article: nothing is stored until the first save (then the address
 * becomes /admin/articles/<id>). In the edition of ?edition=<code>, else the default one.
 */
export default async function NewArticlePage({ searchParams }: Props) {
  const user = await requireUser('/admin/articles/new');
  const asked = (await searchParams).edition;
  const [lookups, settings] = await Promise.all([getEditorLookups(), db().siteSettings.findUnique({ where: { id: 1 }, select: { defaultEdition: true } })]);
  const wanted = typeof asked === 'string' && isEditionCode(asked) ? asked : settings?.defaultEdition;
  const language = wanted && isEditionCode(wanted) && lookups.editions.some((e) => e.code === wanted) ? wanted : 'en';
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="New article">
      <ArticleEditor
        initial={null}
        lookups={lookups}
        user={{
          name: user.name,
          canPublish: can(user.role, 'articles:publish'),
          canFeature: can(user.role, 'articles:edit-any'),
          canCreateTags: can(user.role, 'taxonomy:manage'),
          canLinkTranslations: can(user.role, 'articles:edit-any'),
        }}
        defaults={{ sectionId: lookups.sections[0]?.id ?? '', authorIds: [], language }}
      />
    </AdminShell>
  );
}
