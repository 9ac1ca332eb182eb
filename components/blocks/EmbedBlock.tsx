const providerNames: Record<string, string> = {
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  telegram: 'Telegram',
  other: 'the source',
};

/**
 * Third-party content as a link card: no third-party script or tracker loads
 * with the article, and the reader chooses to open it.
 */
export function EmbedBlock({ provider, url, title }: { provider: string; url: string; title: string }) {
  const name = providerNames[provider] ?? 'the source';
  return (
    <figure className="my-6 rounded border border-line bg-paper p-4" data-block="embed">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">Embedded post · {name}</p>
      {title && <p className="mt-1 font-semibold">{title}</p>}
      <a href={url} className="prose-link mt-2 inline-block text-sm" rel="noopener nofollow">
        View on {name}
      </a>
    </figure>
  );
}
