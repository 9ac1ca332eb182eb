import { sectionPath } from '@/lib/urls/paths';

export function SectionNav({ sections, current, base, label }: { sections: { slug: string; name: string }[]; current?: string; base: string; label: string }) {
  return (
    <nav aria-label={label} className="-mx-1 max-w-full overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap text-sm font-semibold">
        {sections.map((s) => (
          <li key={s.slug}>
            <a
              href={sectionPath(s.slug, 1, base)}
              aria-current={current === s.slug ? 'page' : undefined}
              className="block rounded px-2 py-1.5 text-ink hover:bg-paper aria-[current=page]:text-brand aria-[current=page]:underline"
            >
              {s.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
