import type { ArticleView } from '@/lib/articles/view';

function Outlet({ name, url }: { name: string; url: string }) {
  return url ? (
    <a href={url} className="prose-link" rel="noopener">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}

/** "Source: X, citing Y" with the outlets linked. */
export function SourceLine({ source, labels }: { source: NonNullable<ArticleView['source']>; labels: { source: string; citing: string } }) {
  return (
    <p className="my-5 font-serif text-[1.15rem]" data-testid="source">
      <strong>{labels.source}</strong> <Outlet name={source.name} url={source.url} />
      {source.citingName && (
        <>
          , {labels.citing} <Outlet name={source.citingName} url={source.citingUrl} />
        </>
      )}
    </p>
  );
}
