import type { Metadata } from 'next';
import { layoutEdition } from '@/lib/editions/queries';
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
 * (which gets no params) needs to speak the edition's language.
 */
export default async function SiteLayout({ children, params }: Props) {
  const { code, base } = await layoutEdition((await params).edition);
  const { notFound, search } = messagesFor(code);
  const strings = { notFound, search: { label: search.label, placeholder: search.placeholder, button: search.button } };
  return (
    <Document lang={code}>
      <EditionProvider value={{ code, base, strings }}>{children}</EditionProvider>
    </Document>
  );
}
