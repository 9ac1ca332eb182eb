import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockTypes, bodyToText, LIMITS, parseBody, storedBody } from '../../lib/blocks/schema.ts';

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

test('every free-text block field has a maximum length, and the error names the block and field', () => {
  const long = (n: number) => 'x'.repeat(n + 1);
  const cases: [unknown, RegExp][] = [
    [{ type: 'paragraph', content: [{ text: long(LIMITS.spanText) }] }, /^block 1 \(content\.0\.text\): text is too long \(10,000 characters at most\)$/],
    [{ type: 'paragraph', content: [{ text: 'a', href: '/' + long(LIMITS.href) }] }, /content\.0\.href\): link is too long/],
    [{ type: 'paragraph', content: Array.from({ length: LIMITS.spansPerText + 1 }, () => ({ text: 'a' })) }, /\(content\): too many formatting runs/],
    [{ type: 'labelled', label: long(40), content: [{ text: 'a' }] }, /\(label\): label is too long/],
    [{ type: 'quote', text: long(LIMITS.quote) }, /\(text\): quote is too long \(3,000/],
    [{ type: 'quote', text: 'a', speaker: long(200) }, /\(speaker\): speaker is too long/],
    [{ type: 'quote', text: 'a', context: long(300) }, /\(context\): context is too long/],
    [{ type: 'subheading', text: long(200) }, /\(text\): subheading is too long/],
    [{ type: 'image', mediaId: 'm', alt: long(LIMITS.alt) }, /\(alt\): alt text is too long/],
    [{ type: 'image', mediaId: 'm', alt: 'a', caption: long(LIMITS.caption) }, /\(caption\): caption is too long/],
    [{ type: 'image', mediaId: 'm', alt: 'a', credit: long(LIMITS.credit) }, /\(credit\): credit is too long/],
    [{ type: 'image', mediaId: long(LIMITS.id), alt: 'a' }, /\(mediaId\): is not an image id/],
    [{ type: 'list', items: Array.from({ length: LIMITS.listItems + 1 }, () => [{ text: 'a' }]) }, /\(items\): list has too many items/],
    [{ type: 'background', items: [{ text: long(LIMITS.backgroundItem) }] }, /\(items\.0\.text\): item text is too long/],
    [{ type: 'background', title: long(80), items: [{ text: 'a' }] }, /\(title\): title is too long/],
    [{ type: 'background', items: Array.from({ length: LIMITS.backgroundItems + 1 }, () => ({ text: 'a' })) }, /\(items\): background has too many items/],
    [{ type: 'embed', provider: 'other', url: 'https://example.org/' + long(2000), title: '' }, /\(url\): must be at most 2000 characters/],
    [{ type: 'embed', provider: 'other', url: 'https://example.org/', title: long(300) }, /\(title\): title is too long/],
  ];
  for (const [block, message] of cases) {
    const result = parseBody([block]);
    assert.equal(result.ok, false, JSON.stringify(block).slice(0, 80));
    if (!result.ok)
      assert.ok(
        result.errors.some((e) => message.test(e)),
        `${result.errors.join('; ')} should match ${message}`,
      );
  }
  // At the limit is fine.
  assert.equal(parseBody([{ type: 'paragraph', content: [{ text: 'x'.repeat(LIMITS.spanText) }] }]).ok, true);
});

test('a stored body renders without the blocks that no longer validate (content saved before a rule was tightened)', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const stored = [
    { type: 'paragraph', content: [{ text: 'Kept.' }] },
    { type: 'paragraph', content: [{ text: 'x'.repeat(LIMITS.spanText + 1) }] },
    { type: 'paragraph', content: [{ text: 'old link', href: '/\\evil.example' }] },
    { type: 'subheading', text: 'Also kept' },
  ];
  const body = storedBody(stored, 'article a1');
  assert.deepEqual(
    body.map((b) => b.type),
    ['paragraph', 'subheading'],
  );
  assert.equal(warn.mock.callCount(), 1);
  assert.match(String(warn.mock.calls[0].arguments[0]), /article a1: blocks 2, 3 no longer validate/);
  assert.deepEqual(storedBody('not a list'), []);
  const valid = [{ type: 'subheading', text: 'Fine' }];
  assert.deepEqual(storedBody(valid), parseBody(valid).ok ? valid : null);
});
