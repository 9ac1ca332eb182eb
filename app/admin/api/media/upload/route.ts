import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { json } from '@/lib/editorial/http';
import { invalidate } from '@/lib/cache/invalidate';
import { auditAddress } from '@/lib/audit/address';
import { recordAuditAfter } from '@/lib/audit/log';
import { MAX_UPLOAD_BYTES, uploadMedia } from '@/lib/media/admin';
import { mediaPath } from '@/lib/urls/paths';
import { BodyTooLargeError, bodyTooLargeResponse, readFormBody } from '@/lib/server/body';

/** The form around the file adds a little to it. */
const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;
const TOO_LARGE = 'The file is too large: images may be 10 MB at most.';

/**
 * POST /admin/api/media/upload (multipart/form-data: file, and optionally
 * alt, caption, credit) → 201 {item}. 413 when the file is over 10 MB (a
 * body over the limit is not read further, chunked or not) or over 50
 * megapixels, 415 when it is not a JPEG/PNG/WebP/AVIF/GIF image, 503 when
 * too many images are being decoded.
 */
export async function POST(req: Request) {
  // Same-origin only: a cross-site form can post multipart, so check Origin.
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (origin && host) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {}
    if (originHost !== host) return json({ error: 'Cross-site request refused.' }, 403);
  }
  const user = await requirePermission('media:manage');
  if (user instanceof Response) return user;

  if (!req.headers.get('content-type')?.includes('multipart/form-data')) {
    return json({ error: 'Send the image as multipart/form-data with a "file" field.' }, 415);
  }
  // Refused before it is read when the Content-Length is too big; a chunked body is cut off at the limit.
  let form: FormData;
  try {
    form = await readFormBody(req, UPLOAD_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLargeResponse(error, TOO_LARGE);
    return json({ error: 'The upload could not be read. Try again.' }, 400);
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return json({ error: 'Choose an image to upload.', fieldErrors: { file: 'Choose an image to upload.' } }, 400);
  if (file.size > MAX_UPLOAD_BYTES) return json({ error: TOO_LARGE }, 413);
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const result = await uploadMedia(db(), {
    bytes: new Uint8Array(await file.arrayBuffer()),
    filename: file.name || 'image',
    alt: text('alt'),
    caption: text('caption'),
    credit: text('credit'),
  });
  if (!result.ok) return json({ error: result.error, ...(Object.keys(result.fieldErrors).length ? { fieldErrors: result.fieldErrors } : {}) }, result.status);
  if (result.invalidate.length) await invalidate(result.invalidate);
  const item = result.value;
  await recordAuditAfter(db(), { actor: user, address: auditAddress(req.headers), action: 'media.upload', target: { type: 'media', id: item.id, label: item.filename } });
  return json(
    {
      item: {
        id: item.id,
        src: mediaPath(item),
        width: item.width,
        height: item.height,
        filename: item.filename,
        alt: item.alt,
        caption: item.caption,
        credit: item.credit,
      },
    },
    201,
  );
}
