import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BodyTooLargeError, formatBytes, readBody, readFormBody, readJsonBody } from '../../lib/server/body.ts';

/** A request whose body is a stream of `chunks` chunks of `size` bytes (no Content-Length: chunked), counting what was pulled. */
function chunked(chunks: number, size: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= chunks) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(size).fill(97));
      },
    },
    { highWaterMark: 0 },
  ); // pulled only when read
  const request = new Request('http://localhost/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

test('a Content-Length over the limit is refused before a byte is read', async () => {
  const { request, pulled } = chunked(1000, 1024, { 'content-length': String(200 * 1024 * 1024) });
  await assert.rejects(readBody(request, 16 * 1024), (e) => e instanceof BodyTooLargeError && e.message === 'The request body is too large (16 KB at most).');
  assert.equal(pulled(), 0);
});

test('a chunked body is read only until it passes the limit', async () => {
  const { request, pulled } = chunked(200 * 1024, 1024); // 200 MB if read to the end
  await assert.rejects(readBody(request, 16 * 1024), BodyTooLargeError);
  assert.ok(pulled() <= 18, `stopped after ${pulled()} KB`);
  const small = chunked(4, 1024);
  assert.equal((await readBody(small.request, 16 * 1024)).byteLength, 4096);
});

test('forms and JSON are parsed from the limited bytes', async () => {
  const form = new Request('http://localhost/x', { method: 'POST', body: new URLSearchParams({ email: 'a@b.c', password: 'pw' }) });
  assert.equal((await readFormBody(form, 1024)).get('email'), 'a@b.c');
  const json = new Request('http://localhost/x', { method: 'POST', body: JSON.stringify({ a: 1 }) });
  assert.deepEqual(await readJsonBody(json, 1024), { a: 1 });
  await assert.rejects(readJsonBody(new Request('http://localhost/x', { method: 'POST', body: '{nope' }), 1024), SyntaxError);
  await assert.rejects(readJsonBody(new Request('http://localhost/x', { method: 'POST', body: 'x'.repeat(2000) }), 1024), BodyTooLargeError);
  assert.equal(formatBytes(1024 * 1024), '1 MB');
  assert.equal(formatBytes(10 * 1024 * 1024 + 64 * 1024), '10304 KB');
});
