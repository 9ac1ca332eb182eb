import type { Metadata } from 'next';
import { db } from '@/lib/db/client';
import { requirePagePermission } from '@/lib/auth/session';
import { listMedia, mediaUsageSummaries } from '@/lib/media/admin';
import { mediaPath } from '@/lib/urls/paths';
import { MediaCard } from './MediaCard';
import { UploadForm } from './UploadForm';
import { AdminShell, Forbidden } from '@/components/admin/AdminShell';
import { signOutAction } from '../account/actions';

export const instant = false;

export const metadata: Metadata = { title: 'Media library' };

export default async function MediaPage() {
  const { user, allowed } = await requirePagePermission('media:manage', '/admin/media');
  if (!allowed) return <Forbidden user={user} signOutAction={signOutAction} />;

  const items = await listMedia(db());
  const usage = await mediaUsageSummaries(
    db(),
    items.map((m) => m.id),
  );
  return (
    <AdminShell user={user} signOutAction={signOutAction} title="Media library">
      <section aria-labelledby="upload" className="mt-6">
        <h2 id="upload" className="font-serif text-2xl font-bold">
          Upload an image
        </h2>
        <UploadForm />
      </section>

      <section aria-labelledby="library" className="mt-10">
        <h2 id="library" className="font-serif text-2xl font-bold">
          Images <span className="text-base font-normal text-muted">({items.length})</span>
        </h2>
        {items.length === 0 ? (
          <p className="mt-4 text-muted">No images yet. Upload the first one above.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Images">
            {items.map((m) => (
              <MediaCard
                key={m.id}
                item={{
                  id: m.id,
                  src: mediaPath(m),
                  filename: m.filename,
                  width: m.width,
                  height: m.height,
                  byteSize: m.byteSize,
                  alt: m.alt,
                  caption: m.caption,
                  credit: m.credit,
                  usedAs: usage.get(m.id) ?? '',
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </AdminShell>
  );
}
