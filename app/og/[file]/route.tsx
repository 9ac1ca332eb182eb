import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getShareCard, SHARE_FONT_SUBSETS, SHARE_IMAGE, shareImageId } from '@/lib/seo/share-image';
import { ShareCard } from '@/components/seo/ShareCard';

// Local font files (no network at render time); next/og reads ttf, otf and woff (not woff2). One family per
// subset: the card's font-family lists them all (SHARE_FONT_FAMILY), and a glyph missing from one comes from the next.
const SERIF = SHARE_FONT_SUBSETS.map((subset) => ({
  name: `Serif ${subset}`,
  file: path.join(process.cwd(), `node_modules/@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff`),
}));

/** The PNG, rendered once per version of the article and kept in Next's cache under its tags. Base64: cache entries are serialised. */
async function renderShareImage(id: string): Promise<string | null> {
  'use cache';
  const card = await getShareCard(id);
  if (!card) return null;
  const image = new ImageResponse(<ShareCard card={card} />, {
    ...SHARE_IMAGE,
    fonts: await Promise.all(SERIF.map(async ({ name, file }) => ({ name, data: await readFile(file), weight: 700 as const, style: 'normal' as const }))),
  });
  return Buffer.from(await image.arrayBuffer()).toString('base64');
}

/** /og/<article id>.png: the share image of an article without a hero image (lib/seo/share-image.ts). */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = shareImageId((await params).file);
  const png = id ? await renderShareImage(id) : null;
  if (!png) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=10' } });
  const body = Buffer.from(png, 'base64');
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(body.length),
      // The URL changes with every update of the article (?v=): a day is safe.
      'Cache-Control': 'public, max-age=86400, s-maxage=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
