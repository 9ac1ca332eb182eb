import type { Messages } from '@/lib/i18n';
import { frontPath, searchPath } from '@/lib/urls/paths';

/** Plain strings only: the public 404 gets them through a client context (components/site/EditionContext.tsx). */
export type NotFoundStrings = { notFound: Messages['notFound']; search: Pick<Messages['search'], 'label' | 'placeholder' | 'button'> };

/** The heading, explanation and ways on of every 404 and 410 page, in the edition's language (no data: the global one renders with no database). */
export function NotFoundMessage({ m, base }: { m: NotFoundStrings; base: string }) {
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand">{m.notFound.kicker}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{m.notFound.title}</h1>
      <p className="mt-4 text-muted">{m.notFound.text}</p>
      <form action={searchPath(base)} className="mt-6 flex gap-2" role="search">
        <label htmlFor="nf-q" className="sr-only">
          {m.search.label}
        </label>
        <input id="nf-q" name="q" type="search" placeholder={m.search.placeholder} className="min-w-0 flex-1 rounded border border-line px-3 py-2" />
        <button className="rounded bg-brand px-4 py-2 font-semibold text-white">{m.search.button}</button>
      </form>
      <p className="mt-6">
        <a href={frontPath(base)} className="prose-link">
          {m.notFound.front}
        </a>
      </p>
    </>
  );
}
