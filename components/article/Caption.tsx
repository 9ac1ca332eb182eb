import { creditLine } from '@/lib/media/credit';

/** "Caption. Photo: credit" under an image ("Illustration: …" and other labelled credits as typed). */
export function Caption({ caption, credit }: { caption: string; credit: string }) {
  const line = creditLine(credit);
  if (!caption && !line) return null;
  return (
    <figcaption className="mt-2 text-sm text-muted">
      {caption}
      {caption && line && ' '}
      {line && <span className="italic">{line}</span>}
    </figcaption>
  );
}
