/** Plain share links: no third-party scripts. */
export function ShareLinks({ url, title, labels }: { url: string; title: string; labels: { share: string; shareLabel: string; email: string } }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const targets = [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: labels.email, href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <nav aria-label={labels.shareLabel} className="my-6 flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold">{labels.share}</span>
      {targets.map((s) => (
        <a key={s.name} href={s.href} rel="noopener nofollow" className="rounded border border-line px-3 py-1 hover:border-ink">
          {s.name}
        </a>
      ))}
    </nav>
  );
}
