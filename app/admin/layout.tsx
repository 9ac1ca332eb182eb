import type { Metadata } from 'next';
import { Document } from '../document';

export { viewport } from '../document';

// Admin pages read the session cookie on every request: never prerendered,
// allowed to block (no static shell). Cache-Control: private, no-store and
// X-Robots-Tag: noindex come from next.config.js (headers for /admin/:path*).
export const instant = false;

export const metadata: Metadata = {
  title: { default: 'Newsroom admin', template: '%s · Newsroom admin' },
  robots: { index: false, follow: false },
};

/** The admin's root layout: staff UI is in English in every edition (ADR 021). */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <Document lang="en" bodyClassName="bg-paper text-ink">
      {children}
    </Document>
  );
}
