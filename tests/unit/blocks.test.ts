import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockTypes, bodyToText, parseBody } from '../../lib/blocks/schema.ts';

const everyBlock = [
  { type: 'paragraph', content: [{ text: 'Plain ' }, { text: 'bold', bold: true }, { text: ' link', href: '/news/2024/01/01/x' }] },
  { type: 'labelled', label: 'Details', content: [{ text: 'The facts.' }] },
  { type: 'quote', text: 'We will rebuild.', speaker: 'The mayor' },
  { type: 'subheading', text: 'What happens next' },
  { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: 'The bridge', credit: 'Staff' },
  { type: 'list', items: [[{ text: 'one' }], [{ text: 'two', italic: true }]] },
  {
    type: 'background',
    items: [
      { text: 'Earlier', articleId: 'a1' },
      { text: 'Elsewhere', url: 'https://example.org/x' },
    ],
  },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc' },
  { type: 'ad' },
];

test('a body with every block type parses and fills defaults', () => {
  const result = parseBody(everyBlock);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(
    result.body.map((b) => b.type),
    blockTypes,
  );
  const quote = result.body[2];
  assert.equal(quote.type === 'quote' && quote.context, '');
  const background = result.body[6];
  assert.equal(background.type === 'background' && background.title, 'Background');
});

test('bad blocks are refused with errors naming the block and field', () => {
  const result = parseBody([
    { type: 'paragraph', content: [] },
    { type: 'image', mediaId: 'm1', alt: '' },
    { type: 'mystery' },
    { type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] },
    { type: 'background', items: [{ text: 'both', articleId: 'a', url: 'https://example.org' }] },
    { type: 'paragraph', content: [{ text: 'x' }], html: '<script>' },
  ]);
  assert.equal(result.ok, false);
  if (result.ok) return;
  const text = result.errors.join('\n');
  assert.match(text, /block 1 \(content\): needs some text/);
  assert.match(text, /block 2 \(alt\): alt text is required/);
  assert.match(text, /block 3/);
  assert.match(text, /block 4 \(content\.0\.href\): link must be/);
  assert.match(text, /block 5 \(items\.0\): link to an article or a URL, not both/);
  assert.match(text, /block 6.*html|block 6: Unrecognized key/i);
});

test('a body that is not a list is refused', () => {
  assert.equal(parseBody({ type: 'paragraph' }).ok, false);
  assert.equal(parseBody(null).ok, false);
});

test('bodyToText flattens text for search', () => {
  const result = parseBody(everyBlock);
  assert.ok(result.ok);
  const text = bodyToText(result.body);
  assert.match(text, /Plain bold link/);
  assert.match(text, /Details: The facts\./);
  assert.match(text, /We will rebuild\. The mayor/);
  assert.doesNotMatch(text, /undefined/);
});
