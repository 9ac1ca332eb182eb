import type { EditionChrome } from '@/lib/editions/queries';
import { frontPath } from '@/lib/urls/paths';

/**
 * Links to the other editions (ADR 021): to this page's version in that
 * edition when there is one, else to that edition's front page. Each link is
 * named in its own language and marked with it (lang, hreflang), in the
 * system font: a page loads no web font file for another script's two words.
 */
export function EditionSwitcher({ chrome, versions = [] }: { chrome: EditionChrome; versions?: { code: string; path: string }[] }) {
  const others = chrome.editions.filter((e) => e.code !== chrome.edition.code);
  if (others.length === 0) return null;
  return (
    <nav aria-label={chrome.m.chrome.editions} data-testid="edition-switcher">
      <ul className="flex gap-1 text-sm">
        {others.map((e) => {
          const version = versions.find((v) => v.code === e.code);
          return (
            <li key={e.code}>
              <a
                href={version?.path ?? frontPath(e.base)}
                lang={e.code}
                hrefLang={e.code}
                data-translation={version ? 'yes' : undefined}
                className="rounded px-2 py-1 font-system text-ink underline-offset-2 hover:underline"
              >
                {e.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
