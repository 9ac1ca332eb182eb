import { Document } from '../document';

export { viewport } from '../document';

/** Root layout of the outage page (static, no database: ADR 011). */
export default function UnavailableLayout({ children }: { children: React.ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
