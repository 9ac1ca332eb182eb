import type { Inline } from '@/lib/blocks/schema';
import { InlineText } from './InlineText';

export function ListBlock({ ordered, items }: { ordered: boolean; items: Inline[][] }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`my-5 space-y-2 pl-6 ${ordered ? 'list-decimal' : 'list-disc'}`}>
      {items.map((item, i) => (
        <li key={i}>
          <InlineText spans={item} />
        </li>
      ))}
    </List>
  );
}
