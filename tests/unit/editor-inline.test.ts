import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSchema } from '@tiptap/react';
import { Node as PMNode } from '@tiptap/pm/model';
import { docToSpans, sameSpans, spansText, spansToDoc, type TiptapDoc } from '../../components/admin/editor/inline.ts';
import { inlineExtensions } from '../../components/admin/editor/tiptap-extensions.ts';
import { inlineSchema, type Inline } from '../../lib/blocks/schema.ts';

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...paragraphs: unknown[]) => ({ type: 'doc', content: paragraphs });
const text = (t: string, ...marks: unknown[]) => (marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: unknown) => ({ type: 'link', attrs: { href } });

// ---- spansToDoc ----

test('spansToDoc: plain spans become text nodes of one paragraph, without a marks key', () => {
  assert.deepEqual(spansToDoc([{ text: 'Hello ' }, { text: 'world' }]), {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Hello ' },
          { type: 'text', text: 'world' },
        ],
      },
    ],
  });
});

test('spansToDoc: bold, italic and link become marks, in that order', () => {
  assert.deepEqual(spansToDoc([{ text: 'all', href: '/news/x', italic: true, bold: true }]), {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'all', marks: [bold, italic, link('/news/x')] }] }],
  });
  assert.deepEqual(
    spansToDoc([
      { text: 'b', bold: true },
      { text: 'i', italic: true },
      { text: 'l', href: 'https://example.org/' },
    ]).content[0].content,
    [text('b', bold), text('i', italic), text('l', link('https://example.org/'))],
  );
});

test('spansToDoc: false flags and an empty href add no mark', () => {
  assert.deepEqual(spansToDoc([{ text: 'x', bold: false, italic: false, href: '' }]).content[0].content, [{ type: 'text', text: 'x' }]);
});

test('spansToDoc: empty, missing and all-empty input give one paragraph with no content key', () => {
  const empty: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
  assert.deepEqual(spansToDoc([]), empty);
  assert.deepEqual(spansToDoc(undefined), empty);
  assert.deepEqual(spansToDoc([{ text: '' }, { text: '', bold: true }]), empty);
  assert.equal('content' in spansToDoc([]).content[0], false);
});

test('spansToDoc: empty spans are dropped, whitespace is kept', () => {
  assert.deepEqual(spansToDoc([{ text: '' }, { text: ' ' }, { text: '', bold: true }, { text: 'a' }]).content[0].content, [text(' '), text('a')]);
});

test('spansToDoc: adjacent spans of the same style are not merged (ProseMirror normalises them)', () => {
  assert.deepEqual(spansToDoc([{ text: 'a' }, { text: 'b' }]).content[0].content, [text('a'), text('b')]);
});

test('spansToDoc does not change its input', () => {
  const spans: Inline[] = [{ text: 'a', bold: true }, { text: '' }];
  spansToDoc(spans);
  assert.deepEqual(spans, [{ text: 'a', bold: true }, { text: '' }]);
});

// ---- docToSpans ----

test('docToSpans: marks become flags and a link its href', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('Plain '), text('bold', bold), text(' both', bold, italic), text(' link', link('/news/2024/01/01/x'))))), [
    { text: 'Plain ' },
    { text: 'bold', bold: true },
    { text: ' both', bold: true, italic: true },
    { text: ' link', href: '/news/2024/01/01/x' },
  ]);
});

test('docToSpans: null, undefined, non-objects and documents without content give no spans', () => {
  assert.deepEqual(docToSpans(null), []);
  assert.deepEqual(docToSpans(undefined), []);
  assert.deepEqual(docToSpans({ type: 'doc' }), []);
  assert.deepEqual(docToSpans(doc()), []);
  assert.deepEqual(docToSpans(doc({ type: 'paragraph' })), []);
  assert.deepEqual(docToSpans(doc(paragraph())), []);
});

test('docToSpans: adjacent text of the same style is merged', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('a'), text('b'), text('c', bold), text('d', bold), text('e')))), [{ text: 'ab' }, { text: 'cd', bold: true }, { text: 'e' }]);
});

test('docToSpans: merging compares style, not mark order', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('a', bold, italic), text('b', italic, bold)))), [{ text: 'ab', bold: true, italic: true }]);
});

test('docToSpans: links to different addresses stay separate, the same address merges', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('one', link('/a')), text('two', link('/b')), text('three', link('/b'))))), [
    { text: 'one', href: '/a' },
    { text: 'twothree', href: '/b' },
  ]);
  assert.deepEqual(docToSpans(doc(paragraph(text('linked', link('/a')), text('plain')))), [{ text: 'linked', href: '/a' }, { text: 'plain' }]);
});

test('docToSpans: a link mark without a usable href is ignored', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('a', link('')), text('b', link(null)), text('c', { type: 'link' }), text('d', link(42))))), [{ text: 'abcd' }]);
});

test('docToSpans: marks we do not store (strike, code, underline) are dropped and the text merges', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('a'), text('b', { type: 'strike' }), text('c', { type: 'code' }, bold), text('d', bold)))), [
    { text: 'ab' },
    { text: 'cd', bold: true },
  ]);
});

test('docToSpans: empty text nodes and unknown nodes are skipped', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('a'), { type: 'text', text: '' }, { type: 'text' }, { type: 'image', attrs: { src: 'x' } }, text('b')))), [{ text: 'ab' }]);
});

test('docToSpans: a hard break becomes a space', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('line one'), { type: 'hardBreak' }, text('line two')))), [{ text: 'line one line two' }]);
  // The space is plain text, so it does not join two bold runs.
  assert.deepEqual(docToSpans(doc(paragraph(text('a', bold), { type: 'hardBreak' }, text('b', bold)))), [{ text: 'a', bold: true }, { text: ' ' }, { text: 'b', bold: true }]);
});

test('docToSpans: paragraphs are joined by one space', () => {
  assert.deepEqual(docToSpans(doc(paragraph(text('First.')), paragraph(text('Second.')), paragraph(text('Third.')))), [{ text: 'First. Second. Third.' }]);
  assert.deepEqual(docToSpans(doc(paragraph(text('First', italic)), paragraph(text('Second', italic)))), [
    { text: 'First', italic: true },
    { text: ' ' },
    { text: 'Second', italic: true },
  ]);
});

test('docToSpans: empty paragraphs add no space, neither leading, between nor trailing', () => {
  assert.deepEqual(docToSpans(doc(paragraph(), paragraph(text('a')), { type: 'paragraph' }, paragraph(), paragraph(text('b')), paragraph())), [{ text: 'a b' }]);
});

test('docToSpans: the output always satisfies inlineSchema (no empty text, no false flags)', () => {
  const spans = docToSpans(doc(paragraph(text('a', bold), { type: 'hardBreak' }, text('b', link('https://example.org/')), text('c', italic, link('/x'))), paragraph(text('d'))));
  assert.ok(spans.length > 0);
  for (const span of spans) assert.equal(inlineSchema.safeParse(span).success, true, JSON.stringify(span));
  for (const span of spans) for (const v of Object.values(span)) assert.notEqual(v, false);
});

test('docToSpans does not change the document it reads', () => {
  const d = doc(paragraph(text('a'), text('b')));
  const before = structuredClone(d);
  docToSpans(d);
  assert.deepEqual(d, before);
});

// ---- round trips ----

const normalised: Inline[][] = [
  [{ text: 'Plain' }],
  [{ text: 'Plain ' }, { text: 'bold', bold: true }, { text: ' and ' }, { text: 'italic', italic: true }, { text: '.' }],
  [
    { text: 'both', bold: true, italic: true },
    { text: ' link', href: '/news/2024/01/01/x' },
  ],
  [
    { text: 'bold link', bold: true, href: 'https://example.org/a?b=c' },
    { text: 'italic link', italic: true, href: 'https://example.org/a?b=c' },
  ],
  [
    { text: 'one', href: '/a' },
    { text: 'two', href: '/b' },
  ],
  [{ text: '  spaces kept  ' }],
];

test('spans → document → spans gives back normalised spans unchanged', () => {
  for (const spans of normalised) assert.deepEqual(docToSpans(spansToDoc(spans)), spans);
});

test('document → spans → document gives back a normalised document unchanged', () => {
  const d = doc(paragraph(text('Plain '), text('bold', bold), text(' both', bold, italic), text(' link', link('/x')), text(' all', bold, italic, link('/y'))));
  assert.deepEqual(spansToDoc(docToSpans(d)), d);
});

test('the round trip normalises: empty spans dropped, same-style neighbours merged, false flags dropped', () => {
  assert.deepEqual(docToSpans(spansToDoc([{ text: 'a' }, { text: '' }, { text: 'b', bold: false }, { text: 'c', bold: true }, { text: 'd', bold: true, italic: false }])), [
    { text: 'ab' },
    { text: 'cd', bold: true },
  ]);
  assert.deepEqual(docToSpans(spansToDoc([])), []);
  assert.deepEqual(docToSpans(spansToDoc(undefined)), []);
});

// ---- against the real editor schema ----

/** The schema of RichText's editor: one paragraph, bold, italic and links only. */
const schema = getSchema(inlineExtensions);

/** Key order does not matter for content: compare spans with sorted keys. */
const sortedKeys = (spans: Inline[]) => spans.map((s) => Object.fromEntries(Object.entries(s).sort(([a], [b]) => a.localeCompare(b))));

test('spansToDoc output is a valid document of the editor schema, and the editor JSON reads back to the same spans', () => {
  assert.deepEqual(Object.keys(schema.marks).sort(), ['bold', 'italic', 'link']);
  for (const spans of normalised) {
    const node = PMNode.fromJSON(schema, spansToDoc(spans));
    node.check();
    assert.deepEqual(sortedKeys(docToSpans(node.toJSON())), sortedKeys(spans));
  }
  const empty = PMNode.fromJSON(schema, spansToDoc([]));
  empty.check();
  assert.deepEqual(docToSpans(empty.toJSON()), []);
});

test('the editor merges same-style neighbours the same way docToSpans does', () => {
  const node = PMNode.fromJSON(schema, spansToDoc([{ text: 'a' }, { text: 'b' }, { text: 'c', italic: true }]));
  assert.equal(node.firstChild?.childCount, 2);
  assert.deepEqual(docToSpans(node.toJSON()), [{ text: 'ab' }, { text: 'c', italic: true }]);
});

test('splitting the editor document at a position (Enter) gives the spans before and after', () => {
  const node = PMNode.fromJSON(schema, spansToDoc([{ text: 'Hello ' }, { text: 'bold world', bold: true }]));
  // Position 1 is the start of the paragraph's text; "Hello bo" ends at 1 + 8.
  assert.deepEqual(docToSpans(node.cut(0, 9).toJSON()), [{ text: 'Hello ' }, { text: 'bo', bold: true }]);
  assert.deepEqual(docToSpans(node.cut(9).toJSON()), [{ text: 'ld world', bold: true }]);
  assert.deepEqual(docToSpans(node.cut(0, 1).toJSON()), []);
  assert.deepEqual(docToSpans(node.cut(node.content.size - 1).toJSON()), []);
});

// ---- spansText and sameSpans ----

test('spansText joins the text of the spans, ignoring marks', () => {
  assert.equal(spansText([{ text: 'Plain ' }, { text: 'bold', bold: true }, { text: ' link', href: '/x' }]), 'Plain bold link');
  assert.equal(spansText([]), '');
  assert.equal(spansText(undefined), '');
  assert.equal(spansText([{ text: '' }, { text: ' ' }]), ' ');
});

test('sameSpans: same content is the same, missing is the same as empty', () => {
  assert.equal(sameSpans([{ text: 'a', bold: true }], [{ text: 'a', bold: true }]), true);
  assert.equal(sameSpans(undefined, []), true);
  assert.equal(sameSpans([], undefined), true);
  assert.equal(sameSpans(undefined, undefined), true);
  const spans: Inline[] = [{ text: 'a', href: '/x' }];
  assert.equal(sameSpans(spans, docToSpans(spansToDoc(spans))), true);
});

test('sameSpans: different text, marks, links or splitting are different', () => {
  assert.equal(sameSpans([{ text: 'a' }], [{ text: 'b' }]), false);
  assert.equal(sameSpans([{ text: 'a' }], [{ text: 'a', bold: true }]), false);
  assert.equal(sameSpans([{ text: 'a', italic: true }], [{ text: 'a', bold: true }]), false);
  assert.equal(sameSpans([{ text: 'a', href: '/x' }], [{ text: 'a', href: '/y' }]), false);
  assert.equal(sameSpans([{ text: 'ab' }], [{ text: 'a' }, { text: 'b' }]), false);
  assert.equal(sameSpans([{ text: 'a' }], []), false);
  assert.equal(sameSpans(undefined, [{ text: 'a' }]), false);
});

test('sameSpans ignores key order and absent versus false marks (Tiptap puts the link mark first)', () => {
  assert.equal(sameSpans([{ text: 'b', bold: true, href: '/x' }], [{ href: '/x', text: 'b', bold: true }]), true);
  assert.equal(sameSpans([{ text: 'b', bold: false }], [{ text: 'b' }]), true);
  assert.equal(sameSpans([{ text: 'b', bold: true }], [{ text: 'b' }]), false);
  assert.equal(sameSpans([{ text: 'b', href: '/x' }], [{ text: 'b', href: '/y' }]), false);
  assert.equal(sameSpans([{ text: 'a' }], [{ text: 'a' }, { text: 'b' }]), false);
});
