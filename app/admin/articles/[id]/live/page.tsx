import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { articleAccess } from '@/lib/editorial/access';
import { getEditableArticle } from '@/lib/editorial/queries';
import { listEntriesForEditing } from '@/lib/live/admin';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { LiveBlogPanel } from '@/components/admin/live/LiveBlogPanel';
import { signOutAction } from '../../../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'Live blog' };

type Props = { params: Promise<{ id: string }> };

/** An article's live blog: its state and entries, written without reloading (ADR 017). */
export default async function LiveBlogPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}/live`);
  const access = await articleAccess(db(), user, id);
  if (access === 'missing') notFound();
  if (access === 'forbidden') return <Forbidden user={user} signOutAction={signOutAction} />;
  const [article, row, entries] = await Promise.all([
    getEditableArticle(id),
    db().article.findUnique({ where: { id }, select: { liveStatus: true } }),
    listEntriesForEditing(db(), id),
  ]);
  if (!article || !row) notFound();
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Live blog">
      <p className="mt-2">
        <span className="font-semibold">{article.input.title || '(untitled)'}</span> ·{' '}
        <Link href={`/admin/articles/${id}`} className="prose-link">
          Back to the editor
        </Link>
        {article.status === 'PUBLISHED' && article.publicPath && (
          <>
            {' · '}
            <a href={article.publicPath} className="prose-link" target="_blank" rel="noopener">
              View the public page<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      <p className="mt-2 text-sm text-muted">
        {article.status === 'PUBLISHED'
          ? 'Entries are published the moment you post them: readers with the page open see them within two seconds.'
          : 'Readers see the live blog and its entries once the article is published.'}
      </p>
      <LiveBlogPanel
        articleId={id}
        initialStatus={row.liveStatus}
        initialEntries={entries.map((e) => ({ ...e, publishedAt: e.publishedAt.toISOString(), updatedAt: e.updatedAt?.toISOString() ?? null }))}
      />
    </AdminShell>
  );
}
