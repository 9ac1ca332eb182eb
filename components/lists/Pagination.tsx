/** Previous/next page links with "Page N of M". */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="rounded border border-line px-3 py-2 font-semibold hover:border-ink">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next" className="rounded border border-line px-3 py-2 font-semibold hover:border-ink">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
