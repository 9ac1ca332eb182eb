import type { Inline } from '@/lib/blocks/schema';
import { isSafeHref } from '@/lib/validation/href';

/** Rich text from structured spans: React escapes every string, no HTML is injected. */
export function InlineText({ spans }: { spans: Inline[] }) {
  return (
    <>
      {spans.map((s, i) => {
        let node: React.ReactNode = s.text;
        if (s.italic) node = <em>{node}</em>;
        if (s.bold) node = <strong>{node}</strong>;
        // Checked again here: a body stored before the schema's rule was this strict keeps its text, not the link.
        if (s.href && isSafeHref(s.href)) {
          const external = /^https?:/i.test(s.href);
          node = (
            <a href={s.href} className="prose-link" rel={external ? 'noopener' : undefined}>
              {node}
            </a>
          );
        }
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
