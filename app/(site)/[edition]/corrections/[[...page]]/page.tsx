import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCorrectionsPage } from '@/lib/corrections/queries';
import { routeEdition } from '@/lib/editions/route';
import { pageMetadata } from '@/lib/seo/metadata';
import { metadataOf } from '@/lib/seo/metadata-guard';
import { BUILD_PLACEHOLDER, correctionsParams, parseOrNull } from '@/lib/urls/params';
import { correctionsPath } from '@/lib/urls/paths';
import { CorrectionList } from '@/components/corrections/CorrectionList';
import { Pagination } from '@/components/lists/Pagination';
import { PublicPage } from '@/components/site/PublicPage';

type Props = { params: Promise<{ edition: string; page?: string[] }> };

// Rendered on its first request, then served from the cache until a correction changes.
export const instant = false;
export function generateStaticParams() {
  return [{ edition: BUILD_PLACEHOLDER, page: [BUILD_PLACEHOLDER] }];
}

async function load(params: Props['params']) {
  const raw = await params;
  // Params first: the build's placeholder is a 404 that must not touch the database.
  if (raw.edition === BUILD_PLACEHOLDER) notFound();
  const chrome = await routeEdition(raw.edition, ['/corrections', ...(raw.page ?? [])].join('/'));
  const p = parseOrNull(correctionsParams, raw);
  const list = p ? await getCorrectionsPage(p.page, chrome.edition.code) : null;
  if (!list) notFound();
  return { list, chrome };
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataOf(async () => {
    const { list, chrome } = await load(params);
    const { m } = chrome;
    return pageMetadata({
      chrome,
      title: list.page > 1 ? m.lists.pageTitle(m.corrections.pageTitle, list.page) : m.corrections.pageTitle,
      description: m.corrections.intro,
      path: correctionsPath(list.page, chrome.edition.base),
    });
  });
}

export default async function CorrectionsPage({ params }: Props) {
  const { list, chrome } = await load(params);
  const { settings, edition, m } = chrome;
  return (
    <PublicPage chrome={chrome}>
      <h1 className="font-serif text-3xl font-bold">{m.corrections.pageTitle}</h1>
      <p className="mt-2 max-w-2xl text-muted">{m.corrections.intro}</p>
      <CorrectionList items={list.items} timeZone={settings.timeZone} m={m} />
      <Pagination page={list.page} totalPages={list.totalPages} href={(n) => correctionsPath(n, edition.base)} labels={m.lists} />
    </PublicPage>
  );
}
