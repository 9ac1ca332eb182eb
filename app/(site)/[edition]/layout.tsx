import type { Metadata } from 'next';
import { layoutEdition } from '@/lib/editions/queries';
import { preloadEditionFonts } from '@/lib/fonts/preload';
import { messagesFor } from '@/lib/i18n';
import { EditionProvider } from '@/components/site/EditionContext';
import { Document } from '../../document';

export { viewport } from '../../document';

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s' },
};

type Props = { children: React.ReactNode; params: Promise<{ edition: string }> };

/**
 * The root layout of the public site: every public page lives under the
 * [edition] segment (ADR 021), so <html lang> is the edition's language. The
 * default edition's unprefixed URLs reach it through rewrites
 * (next.config.js) as DEFAULT_SEGMENT. The context carries what the 404
 * (which gets no params) needs to speak the edition's language and show its
 * sections.
 */
export default async function SiteLayout({ children, params }: Props) {
  const { code, base, sections } = await layoutEdition((await params).edition);
  const m = messagesFor(code);
  preloadEditionFonts(code);
  const strings = {
    notFound: m.notFound,
    search: { label: m.search.label, placeholder: m.search.placeholder, button: m.search.button },
    sections: m.chrome.sections,
    latestNews: m.lists.latestNews,
    latestOnFront: m.lists.latestOnFront,
  };
  return (
    <Document lang={code}>
      <EditionProvider value={{ code, base, locale: m.locale, sections, strings }}>{children}</EditionProvider>
    </Document>
  );
}
