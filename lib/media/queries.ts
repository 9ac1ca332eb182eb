import { db } from '../db/client';

/** The stored bytes of one media item, or null. */
export async function getMediaFile(id: string) {
  return db().media.findUnique({ where: { id }, select: { data: true, mimeType: true, byteSize: true } });
}
