import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { getEditableArticle, getEditorLookups, linkedTitles } from '@/lib/editorial/queries';
import { ArticleEditor } from '@/components/admin/editor/ArticleEditor';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../../account/actions';
import { articleAccess } from '@/lib/editorial/access';

export const instant = false;

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}`);
  const access = await articleAccess(db(), user, id);
  if (access === 'missing') notFound();
  if (access === 'forbidden') return <Forbidden user={user} signOutAction={signOutAction} />;
  const [article, lookups] = await Promise.all([getEditableArticle(id), getEditorLookups()]);
  if (!article) notFound();
  // Titles of the articles Background items link to, so the editor can name them.
  const linkedIds = article.input.body.flatMap((b) => (b.type === 'background' ? b.items.flatMap((i) => (i.articleId ? [i.articleId] : [])) : []));
  const titles = await linkedTitles(user, linkedIds);
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Edit article">
      <ArticleEditor
        key={article.id}
        initial={article}
        lookups={lookups}
        user={{
          name: user.name,
          canPublish: can(user.role, 'articles:publish'),
          canFeature: can(user.role, 'articles:edit-any'),
          canCreateTags: can(user.role, 'taxonomy:manage'),
          canLinkTranslations: can(user.role, 'articles:edit-any'),
        }}
        defaults={{ sectionId: article.input.sectionId, authorIds: article.input.authorIds }}
        linkedTitles={titles}
      />
    </AdminShell>
  );
}
