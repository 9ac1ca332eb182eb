import { getSiteChrome } from '@/lib/settings/queries';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';

/** The chrome of every public page: header, main landmark, footer. */
export async function PublicPage({ children, currentSection }: { children: React.ReactNode; currentSection?: string }) {
  const chrome = await getSiteChrome();
  return (
    <>
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <SiteHeader chrome={chrome} currentSection={currentSection} />
      <main id="content" className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6">
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </>
  );
}
