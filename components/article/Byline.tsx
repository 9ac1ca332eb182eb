import type { ArticleView } from '@/lib/articles/view';

export function Byline({ authors }: { authors: ArticleView['authors'] }) {
  if (authors.length === 0) return null;
  return (
    <p className="text-sm">
      By{' '}
      {authors.map((a, i) => (
        <span key={a.path}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <a href={a.path} rel="author" className="font-semibold underline-offset-2 hover:underline">
            {a.name}
          </a>
        </span>
      ))}
    </p>
  );
}
