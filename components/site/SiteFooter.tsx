import type { SiteChrome } from '@/lib/settings/queries';
import { sectionPath } from '@/lib/urls/paths';
import { SocialLinks } from './SocialLinks';

export function SiteFooter({ chrome }: { chrome: SiteChrome }) {
  const { settings, sections, socialLinks } = chrome;
  return (
    <footer className="border-t border-line bg-paper">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-serif text-xl font-bold">{settings.siteName}</p>
          {settings.tagline && <p className="mt-1 text-sm text-muted">{settings.tagline}</p>}
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-1 text-sm">
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={sectionPath(s.slug)} className="underline-offset-2 hover:underline">
                  {s.name}
                </a>
              </li>
            ))}
            <li>
              <a href="/search" className="underline-offset-2 hover:underline">
                Search
              </a>
            </li>
            <li>
              <a href="/feed.xml" className="underline-offset-2 hover:underline">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
        <SocialLinks links={socialLinks} callToAction={settings.followText} />
      </div>
    </footer>
  );
}
