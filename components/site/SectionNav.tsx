import { sectionPath } from '@/lib/urls/paths';

export function SectionNav({ sections, current }: { sections: { slug: string; name: string }[]; current?: string }) {
  return (
    <nav aria-label="Sections" className="-mx-1 max-w-full overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap text-sm font-semibold">
        {sections.map((s) => (
          <li key={s.slug}>
            <a
              href={sectionPath(s.slug)}
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
