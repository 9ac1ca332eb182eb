import type { SiteChrome } from '@/lib/settings/queries';
import { SectionNav } from './SectionNav';
import { SocialLinks } from './SocialLinks';

export function SiteHeader({ chrome, currentSection }: { chrome: SiteChrome; currentSection?: string }) {
  const { settings, sections, socialLinks } = chrome;
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="font-serif text-2xl font-bold tracking-tight text-ink">
          {settings.siteName}
        </a>
        <div className="flex items-center gap-3 text-sm">
          <a href="/search" className="rounded px-2 py-1 text-ink underline-offset-2 hover:underline">
            Search
          </a>
          {settings.supportUrl && (
            <a href={settings.supportUrl} className="rounded bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark" data-testid="support-header">
              {settings.supportHeaderText}
            </a>
          )}
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pb-2">
        <SectionNav sections={sections} current={currentSection} />
        <SocialLinks links={socialLinks} callToAction={settings.followText} compact />
      </div>
    </header>
  );
}
