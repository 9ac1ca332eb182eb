import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { parseBody } from '../../lib/blocks/schema.ts';
import { isSafeHref } from '../../lib/validation/url.ts';
import { isPlainLine, isPlainText, stripControlCharacters } from '../../lib/validation/text.ts';
import { isMalformedPath } from '../../lib/urls/escapes.ts';
import { articleInputSchema } from '../../lib/editorial/input.ts';
import { InlineText } from '../../components/blocks/InlineText.tsx';

// Hostile values at the boundaries: link hrefs (schema and renderer),
// control characters, malformed percent-escapes.

const HOSTILE_PATHS = [
  '//evil.example',
  '/\\evil.example',
  '/\\\\evil.example',
  '/\tevil.example',
  '/\n/evil.example',
  '/\r\n/evil',
  '/ evil',
  '/\u0000x',
  '/\u00a0x',
  'javascript:alert(1)',
  'data:text/html,x',
  'http://',
  'evil.example',
  '',
];
const GOOD = ['/', '/news/2024/01/01/x', '/search?q=a+b#top', '/tag/a-b', "/a/b;c=d@e:f!$&'()*+,=~", '/%D0%BA', 'https://example.org/a?b=c', 'HTTP://EXAMPLE.ORG'];

test('a link is an http(s) URL or "/" followed by a path character: never another host', () => {
  for (const href of HOSTILE_PATHS) assert.equal(isSafeHref(href), false, JSON.stringify(href));
  for (const href of GOOD) assert.equal(isSafeHref(href), true, JSON.stringify(href));
});

test('the block schema refuses those links, naming the block and field', () => {
  for (const href of HOSTILE_PATHS.filter((h) => h.trim())) {
    const result = parseBody([{ type: 'paragraph', content: [{ text: 'x', href }] }]);
    assert.equal(result.ok, false, JSON.stringify(href));
    if (!result.ok) assert.match(result.errors.join(' '), /block 1 \(content\.0\.href\)/);
  }
  assert.equal(parseBody([{ type: 'paragraph', content: [{ text: 'x', href: '/news/2024/01/01/x' }] }]).ok, true);
});

test('the renderer links only safe hrefs: a stored body with /\\evil.example shows its text, not the link', () => {
  for (const href of HOSTILE_PATHS.filter(Boolean)) {
    const html = renderToStaticMarkup(createElement(InlineText, { spans: [{ text: 'Read more', href }] }));
    assert.doesNotMatch(html, /<a /, `${JSON.stringify(href)} rendered ${html}`);
    assert.match(html, /Read more/);
  }
  const html = renderToStaticMarkup(
    createElement(InlineText, {
      spans: [
        { text: 'Earlier', href: '/news/2024/01/01/x' },
        { text: 'Elsewhere', href: 'https://example.org/' },
      ],
    }),
  );
  assert.match(html, /<a href="\/news\/2024\/01\/01\/x" class="prose-link">Earlier<\/a>/);
  assert.match(html, /<a href="https:\/\/example.org\/" class="prose-link" rel="noopener">Elsewhere<\/a>/);
});

test('control characters: refused in lines and texts (tab and line breaks allowed in texts), stripped for XML', () => {
  for (const c of ['\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\u0085', '\ufffe', '\uffff']) {
    assert.equal(isPlainLine(`a${c}b`), false, JSON.stringify(c));
    assert.equal(isPlainText(`a${c}b`), false, JSON.stringify(c));
    assert.equal(stripControlCharacters(`a${c}b`), 'ab');
  }
  for (const c of ['\t', '\n', '\r']) {
    assert.equal(isPlainLine(`a${c}b`), false);
    assert.equal(isPlainText(`a${c}b`), true);
    assert.equal(stripControlCharacters(`a${c}b`), `a${c}b`);
  }
  assert.equal(isPlainLine('a]]>b]]><x/><![CDATA[c — “ok” 😀'), true);
});

test('an article title or standfirst with a control character is a field error; ]]> is just text', () => {
  const base = { slug: 'a', sectionId: '00000000-0000-4000-8000-000000000000', body: [] };
  const bad = articleInputSchema.safeParse({ ...base, title: 'a\u0001b', standfirst: 'x\u0000y', tags: ['t\u0007'] });
  assert.equal(bad.success, false);
  const paths = bad.error!.issues.map((i) => i.path.join('.'));
  assert.deepEqual(paths.sort(), ['standfirst', 'tags.0', 'title']);
  assert.match(bad.error!.issues[0].message, /control characters/);
  assert.equal(articleInputSchema.safeParse({ ...base, title: 'a]]>b]]><x/><![CDATA[c', standfirst: 'line one\nline two' }).success, true);
});

test('malformed percent-escapes and escaped control characters in a path are caught; good escapes pass', () => {
  for (const p of ['/news/%ff', '/section/news/%ff', '/search/%ff', '/api/%ff', '/%E0%A4%A', '/a%', '/a%zz', '/news/%00', '/a%0d%0ab', '/a%7F'])
    assert.equal(isMalformedPath(p), true, p);
  for (const p of ['/', '/news/2024/01/01/x', '/%D0%BA%D0%B8%D1%97%D0%B2', '/a%20b', '/a%25b', '/a%2Fb']) assert.equal(isMalformedPath(p), false, p);
});
