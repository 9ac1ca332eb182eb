import type { ArticleView } from '@/lib/articles/view';

/** "By Ann Lee and Tom Berg", in the edition's words and list style (Intl.ListFormat: "Автор: Анна Лі та Том Берг"). */
export function Byline({ authors, by, locale }: { authors: ArticleView['authors']; by: string; locale: string }) {
  if (authors.length === 0) return null;
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(authors.map((a) => a.name));
  let next = 0;
  return (
    <p className="text-sm">
      {by}{' '}
      {parts.map((part, i) => {
        if (part.type === 'literal') return <span key={i}>{part.value}</span>;
        const author = authors[next++];
        return (
          <a key={i} href={author.path} rel="author" className="font-semibold underline-offset-2 hover:underline">
            {author.name}
          </a>
        );
      })}
    </p>
  );
}
