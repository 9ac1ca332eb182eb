import { editionLabel } from '@/lib/editions/labels';

/** An article's or tag's edition as a short code ("UK"), its name for screen readers and on hover. */
export function EditionBadge({ code }: { code: string }) {
  const label = editionLabel(code);
  return (
    <span
      data-testid="edition-badge"
      data-edition={code}
      title={`${label} edition`}
      className="inline-block whitespace-nowrap rounded border border-line bg-paper px-1.5 py-0.5 font-mono text-xs font-semibold uppercase text-ink"
    >
      <span aria-hidden="true">{code}</span>
      <span className="sr-only">{label} edition</span>
    </span>
  );
}
