/**
 * Request bodies read with a size limit, before anything is parsed: a
 * Content-Length over the limit is refused without reading a byte, and a
 * body without one (chunked) is read only until it passes the limit. So a
 * client cannot make the process buffer more than `limit` bytes per request.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is too large (${formatBytes(limit)} at most).`);
    this.name = 'BodyTooLargeError';
  }
}

/** 1048576 → "1 MB", 16384 → "16 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** True when the request says its body is longer than `limit` (Content-Length). */
export function declaredTooLarge(request: Request, limit: number): boolean {
  const length = Number(request.headers.get('content-length') ?? '');
  return Number.isFinite(length) && length > limit;
}

/** The whole body, or BodyTooLargeError once it passes `limit` bytes. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (declaredTooLarge(request, limit)) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body parsed as a form (urlencoded or multipart), read with `limit`. */
export async function readFormBody(request: Request, limit: number): Promise<FormData> {
  const bytes = await readBody(request, limit);
  return new Response(bytes, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
}

/** The body parsed as JSON, read with `limit` (SyntaxError when it is not JSON). */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await readBody(request, limit)));
}

/**
 * The 413 answer: JSON with the message, and `Connection: close` so the
 * server does not read (and discard) the rest of a huge body to keep the
 * connection alive.
 */
export function bodyTooLargeResponse(error: BodyTooLargeError, message: string = error.message): Response {
  return Response.json({ error: message }, { status: 413, headers: { 'Cache-Control': 'private, no-store', Connection: 'close' } });
}
