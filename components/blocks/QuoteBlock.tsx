/** A quotation with its speaker, shown as "Quote: "…" he said." on the reference site. */
export function QuoteBlock({ text, speaker, context, label }: { text: string; speaker: string; context: string; label: string }) {
  return (
    <figure className="my-6 border-l-4 border-brand pl-4" data-block="quote">
      <blockquote className="font-serif text-xl leading-snug">
        <p>
          <strong className="font-sans text-base">{label}</strong> “{text}”
        </p>
      </blockquote>
      {(speaker || context) && (
        <figcaption className="mt-2 text-sm text-muted">
          {speaker && <span className="font-semibold text-ink">{speaker}</span>}
          {speaker && context && ', '}
          {context}
        </figcaption>
      )}
    </figure>
  );
}
