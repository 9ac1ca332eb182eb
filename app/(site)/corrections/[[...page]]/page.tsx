import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorrectionsPage } from '@/lib/corrections/queries';
import { getSiteChrome } from '@/lib/settings/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { BUILD_PLACEHOLDER, correctionsParams, parseOrNull } from '@/lib/urls/params';
import { CorrectionList } from '@/components/corrections/CorrectionList';
import { Pagination } from '@/components/lists/Pagination';
import { PublicPage } from '@/components/site/PublicPage';

type Props = { params: Promise<{ page?: string[] }> };

const correctionsPath = (page: number) => (page > 1 ? `/corrections/${page}` : '/corrections');

// Rendered on its first request, then served from the cache until a correction changes.
export const instant = false;
export function generateStaticParams() {
  return [{ page: [BUILD_PLACEHOLDER] }];
}

async function load(params: Props['params']) {
  const p = parseOrNull(correctionsParams, await params);
  const list = p ? await getCorrectionsPage(p.page) : null;
  if (!list) notFound();
  return list;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load(params);
  return pageMetadata({
    chrome: await getSiteChrome(),
    title: page > 1 ? `Corrections — page ${page}` : 'Corrections',
    description: 'Corrections and editor’s notes on our published stories, newest first.',
    path: correctionsPath(page),
  });
}

export default async function CorrectionsPage({ params }: Props) {
  // Params first: the build's placeholder is a 404 that must not touch the database.
  const list = await load(params);
  const { settings } = await getSiteChrome();
  return (
    <PublicPage>
      <h1 className="font-serif text-3xl font-bold">Corrections</h1>
      <p className="mt-2 max-w-2xl text-muted">When we get something wrong we correct it and say so on the story. Every correction and editor’s note, newest first.</p>
      <CorrectionList items={list.items} timeZone={settings.timeZone} />
      <Pagination page={list.page} totalPages={list.totalPages} href={correctionsPath} />
    </PublicPage>
  );
}
