type Link = { id: string; network: string; label: string; url: string };

/**
 * The "Follow us" call with links to the outlet's social accounts (set in admin).
 * `region`: a landmark of its own (in an article); in the header and footer it
 * is part of their landmark, so a page never has two "Follow us" regions.
 */
export function SocialLinks({ links, callToAction, compact = false, region = false }: { links: Link[]; callToAction: string; compact?: boolean; region?: boolean }) {
  if (links.length === 0) return null;
  const Wrapper = region ? 'section' : 'div';
  return (
    <Wrapper
      aria-label={region ? callToAction : undefined}
      className={compact ? 'flex items-center gap-2 text-xs' : 'rounded border border-line bg-paper p-4'}
      data-testid={compact ? undefined : 'follow-us'}
    >
      <p className={compact ? 'hidden font-semibold text-ink sm:block' : 'font-semibold'}>{callToAction}</p>
      <ul className={compact ? 'flex gap-2' : 'mt-2 flex flex-wrap gap-2'}>
        {links.map((l) => (
          <li key={l.id}>
            <a
              href={l.url}
              rel="me noopener"
              className={
                compact
                  ? 'rounded px-1.5 py-1 text-muted underline-offset-2 hover:text-ink hover:underline'
                  : 'inline-block rounded border border-line bg-white px-3 py-1.5 text-sm font-semibold hover:border-ink'
              }
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </Wrapper>
  );
}
