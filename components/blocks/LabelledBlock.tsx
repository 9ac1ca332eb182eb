import type { Inline } from '@/lib/blocks/schema';
import { InlineText } from './InlineText';

/** A paragraph with a bold lead-in label, e.g. "Details:". */
export function LabelledBlock({ label, content }: { label: string; content: Inline[] }) {
  return (
    <p className="my-5" data-block="labelled">
      <strong>{label}:</strong> <InlineText spans={content} />
    </p>
  );
}
