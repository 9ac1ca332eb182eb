import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { previewArticleView } from '@/lib/editorial/queries';
import { Article } from '@/components/article/Article';
import { PublicPage } from '@/components/site/PublicPage';
import { STATUS_LABELS } from '@/components/admin/StatusBadge';
import { Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../../../account/actions';
import { db } from '@/lib/db/client';
import { articleAccess } from '@/lib/editorial/access';

export const instant = false;

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/**
 * The saved version of an article exactly as readers would see it (same
 * components as the public article page), whatever its status. Never cached
 * or indexed (admin headers), and only for those who may edit it.
 */
export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}/preview`);
  const access = await articleAccess(db(), user, id);
  if (access === 'missing') notFound();
  if (access === 'forbidden') return <Forbidden user={user} signOutAction={signOutAction} />;
  const preview = await previewArticleView(id);
  if (!preview) notFound();
  const { view, chrome, status, pending } = preview;
  return (
    // White like the public site (the admin layout's background is paper).
    <div className="min-h-screen bg-white">
      <div role="note" aria-label="Preview" className="sticky top-0 z-40 bg-brand px-4 py-2 text-center text-sm font-semibold text-white" data-testid="preview-banner">
        {pending ? `Preview of unpublished changes — readers still see the ${status === 'SCHEDULED' ? 'scheduled' : 'live'} version.` : 'Preview — not public.'} Status:{' '}
        {STATUS_LABELS[status]}.{' '}
        <Link href={`/admin/articles/${id}`} className="underline">
          Back to the editor
        </Link>
      </div>
      <PublicPage chrome={chrome} currentSection={view.section.slug} versions={view.translations}>
        <Article article={view} chrome={chrome} />
      </PublicPage>
    </div>
  );
}
