import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { getEditableArticle } from '@/lib/editorial/queries';
import { diffRevisions, listRevisions } from '@/lib/editorial/revisions';
import { RevisionsView, type RevisionDiff } from '@/components/admin/revisions/RevisionsView';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../../../account/actions';
import { articleAccess } from '@/lib/editorial/access';

export const instant = false;

export const metadata: Metadata = { title: 'Revision history' };

type Props = { params: Promise<{ id: string }> };

/** Every saved version of an article: compare any two, restore one. */
export default async function RevisionsPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}/revisions`);
  const access = await articleAccess(db(), user, id);
  if (access === 'missing') notFound();
  if (access === 'forbidden') return <Forbidden user={user} signOutAction={signOutAction} />;
  const [article, revisions] = await Promise.all([getEditableArticle(id), listRevisions(db(), id)]);
  if (!article) notFound();
  // Newest first: the previous version against the newest, rendered with the page.
  const [to, from] = revisions;
  const fields = from && to ? await diffRevisions(db(), id, from.id, to.id) : null;
  const initialDiff: RevisionDiff | null = fields ? { from: from.id, to: to.id, fields } : null;
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Revision history">
      <p className="mt-2">
        <span className="font-semibold">{article.input.title || '(untitled)'}</span> ·{' '}
        <Link href={`/admin/articles/${id}`} className="prose-link">
          Back to the editor
        </Link>
      </p>
      {(article.status === 'PUBLISHED' || article.status === 'SCHEDULED') && (
        <p className="mt-2 text-sm text-muted">
          This article is {article.status === 'PUBLISHED' ? 'published' : 'scheduled'}: restoring a version makes it unpublished changes, which readers see only after an editor
          presses Update.
        </p>
      )}
      <RevisionsView articleId={id} currentVersion={article.version} revisions={revisions} initialDiff={initialDiff} />
    </AdminShell>
  );
}
