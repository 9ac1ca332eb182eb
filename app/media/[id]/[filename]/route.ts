import { z } from 'zod';
import { getMediaFile } from '@/lib/media/queries';

const mediaParams = z.object({ id: z.uuid(), filename: z.string().max(200) });

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Serves uploaded media at /media/<id>/<its stored filename>; any other
 * filename is a 404. Ids are never reused, so responses are immutable.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; filename: string }> }) {
  const parsed = mediaParams.safeParse(await params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const file = await getMediaFile(parsed.data.id, decoded(parsed.data.filename));
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
