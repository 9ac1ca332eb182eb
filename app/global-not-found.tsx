import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { messagesFor } from '@/lib/i18n';
import { Document } from './document';

export { viewport } from './document';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * Paths no route and no rewrite reaches (the site has several root layouts,
 * ADR 021): static, no database. Unknown public paths normally reach the
 * edition's own 404 through the fallback rewrite (lib/redirects).
 */
export default function GlobalNotFound() {
  return (
    <Document lang="en">
      <main id="content" className="mx-auto max-w-2xl px-4 py-16">
        <NotFoundMessage m={messagesFor('en')} base="" />
      </main>
    </Document>
  );
}
