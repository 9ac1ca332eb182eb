import type { Metadata } from 'next';

// Admin pages read the session cookie on every request: never prerendered,
// allowed to block (no static shell). Cache-Control: private, no-store and
// X-Robots-Tag: noindex come from next.config.js (headers for /admin/:path*).
export const instant = false;

export const metadata: Metadata = {
  title: { default: 'Newsroom admin', template: '%s · Newsroom admin' },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-paper text-ink">{children}</div>;
}
