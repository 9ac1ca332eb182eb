import type { Metadata } from 'next';

/** Whether `error` is Next's notFound() (its digest: "NEXT_HTTP_ERROR_FALLBACK;404"). */
function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;');
}

/**
 * A public page's metadata, or none when the page is a 404/410. The public
 * site's 404 boundary is inside the [edition] root layout (ADR 021), and a
 * notFound() thrown while building metadata is outside every boundary: Next
 * then answers an empty error shell rendered only in the browser. The page
 * itself throws the same notFound() inside the boundary, so the reader gets
 * the edition's 404 page, rendered on the server. Redirects still pass.
 */
export async function metadataOf(build: () => Promise<Metadata>): Promise<Metadata> {
  try {
    return await build();
  } catch (error) {
    if (isNotFound(error)) return {};
    throw error;
  }
}
