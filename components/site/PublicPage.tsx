import type { EditionChrome } from '@/lib/editions/queries';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';

/** The chrome of every public page of an edition: header (with the edition switcher), main landmark, footer. */
export function PublicPage({
  chrome,
  children,
  currentSection,
  versions,
}: {
  chrome: EditionChrome;
  children: React.ReactNode;
  currentSection?: string;
  /** This page's versions in the other editions: where the edition switcher leads. */
  versions?: { code: string; path: string }[];
}) {
  return (
    <>
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {chrome.m.chrome.skipToContent}
      </a>
      <SiteHeader chrome={chrome} currentSection={currentSection} versions={versions} />
      <main id="content" className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6">
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </>
  );
}
