import type { Metadata } from 'next';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getEditorLookups } from '@/lib/editorial/queries';
import { ArticleEditor } from '@/components/admin/editor/ArticleEditor';
import { AdminShell } from '@/components/admin/AdminShell';
import { signOutAction } from '../../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'New article' };

/** A new article: nothing is stored until the first save (then the address becomes /admin/articles/<id>). */
export default async function NewArticlePage() {
  const user = await requireUser('/admin/articles/new');
  const lookups = await getEditorLookups();
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
        }}
        defaults={{ sectionId: lookups.sections[0]?.id ?? '', authorIds: [] }}
      />
    </AdminShell>
  );
}
