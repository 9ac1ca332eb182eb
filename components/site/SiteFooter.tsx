import type { EditionChrome } from '@/lib/editions/queries';
import { feedPath } from '@/lib/feeds/paths';
import { searchPath, sectionPath } from '@/lib/urls/paths';
import { SocialLinks } from './SocialLinks';

export function SiteFooter({ chrome }: { chrome: EditionChrome }) {
  const { settings, sections, socialLinks, edition, m } = chrome;
  return (
    <footer className="border-t border-line bg-paper">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-serif text-xl font-bold">{settings.siteName}</p>
          {settings.tagline && <p className="mt-1 text-sm text-muted">{settings.tagline}</p>}
        </div>
        <nav aria-label={m.chrome.footer}>
          <ul className="grid grid-cols-2 gap-1 text-sm">
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={sectionPath(s.slug, 1, edition.base)} className="underline-offset-2 hover:underline">
                  {s.name}
                </a>
              </li>
            ))}
            <li>
              <a href={searchPath(edition.base)} className="underline-offset-2 hover:underline">
                {m.chrome.search}
              </a>
            </li>
            <li>
              <a href={feedPath({ kind: 'site' }, 'rss', edition.base)} className="underline-offset-2 hover:underline">
                {m.chrome.rssFeed}
              </a>
            </li>
          </ul>
        </nav>
        <SocialLinks links={socialLinks} callToAction={settings.followText} />
      </div>
    </footer>
  );
}
