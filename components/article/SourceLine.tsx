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
export function SourceLine({ source }: { source: NonNullable<ArticleView['source']> }) {
  return (
    <p className="my-5 font-serif text-[1.15rem]" data-testid="source">
      <strong>Source:</strong> <Outlet name={source.name} url={source.url} />
      {source.citingName && (
        <>
          , citing <Outlet name={source.citingName} url={source.citingUrl} />
        </>
      )}
    </p>
  );
}
