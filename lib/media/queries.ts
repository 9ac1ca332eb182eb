import { db } from '../db/client';

/**
 * The stored file at /media/<id>/<filename>, or null: the filename must be
 * the stored one, so one image has one URL (the image optimizer cannot be
 * made to encode endless variants of it under made-up names).
 */
export async function getMediaFile(id: string, filename: string) {
  return db().media.findFirst({ where: { id, filename }, select: { data: true, mimeType: true, byteSize: true } });
}
