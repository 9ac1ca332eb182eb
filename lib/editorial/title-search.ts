import type { Db } from './articles';

/**
 * The ids of articles with every word of `q` starting a word of their title
 * (prefix match through the GIN index on the title's tsvector), at most
 * 2000; null when `q` has no words (no filter).
 */
export async function titleMatchIds(database: Db, q: string): Promise<string[] | null> {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  const query = words.map((w) => `${w}:*`).join(' & ');
  const ids = await database.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Article"
    WHERE "titleSearch" @@ to_tsquery('simple', ${query})
    LIMIT 2000`;
  return ids.map((r) => r.id);
}
