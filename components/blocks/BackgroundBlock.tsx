/** Earlier coverage that explains the story; items link to our articles or external pages. */
export function BackgroundBlock({ title, items }: { title: string; items: { text: string; href: string | null }[] }) {
  return (
    <section className="my-8 border-t-2 border-ink pt-4" aria-labelledby="background-heading" data-block="background">
      <h2 id="background-heading" className="font-serif text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {items.map((item, i) => (
          <li key={i}>
            {item.href ? (
              <a href={item.href} className="prose-link">
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
