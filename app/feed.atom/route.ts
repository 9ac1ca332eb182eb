import { connection } from 'next/server';
import { feedResponse } from '@/lib/feeds/http';

/** Atom 1.0 of the whole site. */
export async function GET() {
  await connection();
  return feedResponse({ kind: 'site' }, 'atom');
}
