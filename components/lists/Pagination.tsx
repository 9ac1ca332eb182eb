/** Previous/next page links with "Page N of M". */
export type PaginationLabels = { pagination: string; newer: string; older: string; pageOf: (page: number, total: number) => string };

export function Pagination({ page, totalPages, href, labels }: { page: number; totalPages: number; href: (page: number) => string; labels: PaginationLabels }) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={labels.pagination} className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="rounded border border-line px-3 py-2 font-semibold hover:border-ink">
          {labels.newer}
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">{labels.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next" className="rounded border border-line px-3 py-2 font-semibold hover:border-ink">
          {labels.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
