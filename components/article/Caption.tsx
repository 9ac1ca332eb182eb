/** "Caption. Photo: credit" under an image. */
export function Caption({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null;
  return (
    <figcaption className="mt-2 text-sm text-muted">
      {caption}
      {caption && credit && ' '}
      {credit && <span className="italic">Photo: {credit}</span>}
    </figcaption>
  );
}
