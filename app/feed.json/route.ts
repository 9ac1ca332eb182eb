import { connection } from 'next/server';
import { feedResponse } from '@/lib/feeds/http';

/** JSON Feed 1.1 of the whole site. */
export async function GET() {
  await connection();
  return feedResponse({ kind: 'site' }, 'json');
}
