/** The end-of-article donation call, configured in admin settings. */
export function SupportBanner({ title, text, url, buttonText, label }: { title: string; text: string; url: string; buttonText: string; label: string }) {
  if (!url || !title) return null;
  return (
    <aside aria-label={label} className="my-8 rounded border-l-4 border-brand bg-paper p-5" data-testid="support-banner">
      <p className="font-serif text-xl font-bold">{title}</p>
      {text && <p className="mt-2 text-muted">{text}</p>}
      <a href={url} className="mt-3 inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {buttonText}
      </a>
    </aside>
  );
}
