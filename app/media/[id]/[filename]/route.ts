import { z } from 'zod';
import { getMediaFile } from '@/lib/media/queries';

const id = z.string().uuid();

/** Serves uploaded media. Ids are never reused, so responses are immutable. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; filename: string }> }) {
  const parsed = id.safeParse((await params).id);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const file = await getMediaFile(parsed.data);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.byteSize),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
