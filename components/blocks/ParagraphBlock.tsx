import type { Inline } from '@/lib/blocks/schema';
import { InlineText } from './InlineText';

export function ParagraphBlock({ content }: { content: Inline[] }) {
  return (
    <p className="my-5">
      <InlineText spans={content} />
    </p>
  );
}
