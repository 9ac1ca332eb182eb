import type { Viewport } from 'next';
import { fontVariables } from './fonts';
import './globals.css';

/**
 * The <html> and <body> of every root layout. The site has several root
 * layouts (ADR 021): the public one takes the edition's language for
 * <html lang> from its [edition] segment; the admin, the outage page and the
 * global 404 have their own.
 */
export function Document({ lang, children, bodyClassName = 'bg-white' }: { lang: string; children: React.ReactNode; bodyClassName?: string }) {
  return (
    <html lang={lang} className={fontVariables}>
      <body className={`min-h-screen font-sans antialiased ${bodyClassName}`}>{children}</body>
    </html>
  );
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a3121c' };
