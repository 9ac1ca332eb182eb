import type { EditionChrome } from '@/lib/editions/queries';
import { frontPath, searchPath } from '@/lib/urls/paths';
import { EditionSwitcher } from './EditionSwitcher';
import { SectionNav } from './SectionNav';
import { SocialLinks } from './SocialLinks';

export function SiteHeader({ chrome, currentSection, versions }: { chrome: EditionChrome; currentSection?: string; versions?: { code: string; path: string }[] }) {
  const { settings, sections, socialLinks, edition, m } = chrome;
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={frontPath(edition.base)} className="font-serif text-2xl font-bold tracking-tight text-ink">
          {settings.siteName}
        </a>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <EditionSwitcher chrome={chrome} versions={versions} />
          <a href={searchPath(edition.base)} className="rounded px-2 py-1 text-ink underline-offset-2 hover:underline">
            {m.chrome.search}
          </a>
          {settings.supportUrl && (
            <a href={settings.supportUrl} className="rounded bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark" data-testid="support-header">
              {settings.supportHeaderText}
            </a>
          )}
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pb-2">
        <SectionNav sections={sections} current={currentSection} base={edition.base} label={m.chrome.sections} />
        <SocialLinks links={socialLinks} callToAction={settings.followText} compact />
      </div>
    </header>
  );
}
