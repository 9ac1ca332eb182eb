import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from '../../lib/search/fold.ts';
import { configOf, editionQuery, MAX_QUERY_LENGTH, parseQuery, stemUkrainian, ukrainianVariants } from '../../lib/search/query.ts';

test('fold: lower case, accents and stress off, apostrophes deleted; й, ї, є, ґ stay', () => {
  assert.equal(fold('Пʼятниця'), 'пятниця');
  assert.equal(fold('п’ятниця'), 'пятниця');
  assert.equal(fold("п'ятниця"), 'пятниця');
  assert.equal(fold('ще́'), 'ще');
  assert.equal(fold('Ёлка'), 'елка');
  assert.equal(fold('Zürich'), 'zurich');
  assert.equal(fold('Їжак йде, ґанок, Європа'), 'їжак йде, ґанок, європа');
  assert.equal(fold('Й'.normalize('NFD')), 'й');
});

test('stemUkrainian: one inflectional ending off, stems of 3 letters or more', () => {
  assert.equal(stemUkrainian('виборах'), 'вибор');
  assert.equal(stemUkrainian('виборів'), 'вибор');
  assert.equal(stemUkrainian('вибори'), 'вибор');
  assert.equal(stemUkrainian('виборами'), 'вибор');
  assert.equal(stemUkrainian('президентом'), 'президент');
  assert.equal(stemUkrainian('урядові'), 'уряд');
  assert.equal(stemUkrainian('української'), 'українськ');
  assert.equal(stemUkrainian('нового'), 'нов');
  assert.equal(stemUkrainian('працюють'), 'прац');
  assert.equal(stemUkrainian('області'), 'област');
  // Short words, words without a known ending, and non-Cyrillic words stay whole.
  assert.equal(stemUkrainian('мир'), 'мир');
  assert.equal(stemUkrainian('суд'), 'суд');
  assert.equal(stemUkrainian('дні'), 'дні');
  assert.equal(stemUkrainian('nato'), 'nato');
  assert.equal(stemUkrainian('2024'), '2024');
});

test('ukrainianVariants: short words exact, others prefixes; і/ї of a closed last syllable alternates', () => {
  assert.deepEqual(ukrainianVariants('сша'), { lexemes: ['сша'], prefix: false });
  assert.deepEqual(ukrainianVariants('виборах'), { lexemes: ['вибор'], prefix: true });
  assert.deepEqual(ukrainianVariants('вибір'), { lexemes: ['вибір', 'вибор', 'вибер'], prefix: true });
  assert.deepEqual(ukrainianVariants('київ'), { lexemes: ['київ', 'києв'], prefix: true });
  // An ending came off: the syllable was open, no alternation.
  assert.deepEqual(ukrainianVariants('країни'), { lexemes: ['країн'], prefix: true });
});

test('parseQuery: words, phrases, exclusions, or, prefixes', () => {
  assert.deepEqual(parseQuery('"нові ціни" -газ або світло*'), [
    [{ words: ['нові', 'ціни'], negated: false, prefix: false }],
    [
      { words: ['газ'], negated: true, prefix: false },
      { words: ['світло'], negated: false, prefix: true },
    ],
  ]);
  // Hyphens join words, they do not exclude.
  assert.deepEqual(
    parseQuery('будь-який').map((g) => g[0].words[0]),
    ['будь', 'який'],
  );
  // A leading "or" has nothing to join.
  assert.deepEqual(parseQuery('or war'), [[{ words: ['war'], negated: false, prefix: false }]]);
});

test('editionQuery per edition: configuration and query text', () => {
  assert.equal(configOf('en'), 'english');
  assert.equal(configOf('ru'), 'russian');
  assert.equal(configOf('uk'), 'simple');
  assert.equal(configOf('pl'), 'english');
  assert.deepEqual(editionQuery('uk', 'виборах'), { config: 'simple', syntax: 'tsquery', text: '(вибор:*)' });
  assert.deepEqual(editionQuery('uk', "П'ятниця"), editionQuery('uk', 'пʼятниця'));
  assert.deepEqual(editionQuery('uk', 'вибори в Києві'), { config: 'simple', syntax: 'tsquery', text: '(вибор:*) & (києв:*)' });
  assert.deepEqual(editionQuery('uk', '"нові ціни" -газ'), {
    config: 'simple',
    syntax: 'tsquery',
    text: '(нов:* <-> цін:*) & !(газ)',
    broad: '((нов:*) & (цін:*))',
  });
  assert.deepEqual(editionQuery('ru', 'выборах в Москве'), { config: 'russian', syntax: 'tsquery', text: '(выборах) & (в) & (москве)' });
  assert.deepEqual(editionQuery('ru', 'эконом*'), { config: 'russian', syntax: 'tsquery', text: '(эконом:*)' });
  assert.deepEqual(editionQuery('en', '"climate change" -coal or wind'), {
    config: 'english',
    syntax: 'websearch',
    text: '"climate change" -coal or wind',
    broad: 'climate change',
  });
  assert.deepEqual(editionQuery('en', 'Don’t Zürich'), { config: 'english', syntax: 'websearch', text: "don't zürich" });
});

test('nothing to search for: empty, punctuation, only stop words, only exclusions', () => {
  for (const edition of ['en', 'uk', 'ru']) {
    for (const q of ['', '   ', '""', ':*&|!()', "'''", '-word', '-"a b"', '\\\\', 'or', '- - -', '\u0000\u0007']) {
      assert.equal(editionQuery(edition, q), null, `${edition} ${JSON.stringify(q)}`);
    }
  }
  assert.equal(editionQuery('uk', 'і та в на'), null);
});

test('hostile input yields only letters, digits and our own operators', () => {
  const hostile = [
    'a:b & c | !d <-> e:* \'x\' "y" \\z',
    '½ ¼ ː ʺ ˆ ⑴ ⒈ 🄀 word',
    'x'.repeat(500),
    '"unclosed phrase -and more',
    'DROP TABLE "Article"; --',
    '\ud800 lone surrogate \udfff',
    '١٢٣ عربى 東京 ﷺ',
    '-',
    '*',
    'a*b*c',
  ];
  for (const edition of ['uk', 'ru']) {
    for (const q of hostile) {
      const out = editionQuery(edition, q);
      if (out) assert.match(out.text, /^(?:[\p{L}\p{Nd}]+(?::\*)?|[ ()&|!]|<->)+$/u, `${edition} ${JSON.stringify(q)} → ${out.text}`);
      if (out) assert.doesNotMatch(out.text, /\p{Lm}/u);
    }
  }
  for (const q of hostile) {
    const out = editionQuery('en', q);
    if (out) assert.match(out.text, /^(?:[\p{L}\p{Nd}\p{M}']+|[ "-]|or)+$/u, `en ${JSON.stringify(q)} → ${out.text}`);
  }
  assert.ok((editionQuery('uk', 'я'.repeat(1000))?.text.length ?? 0) <= MAX_QUERY_LENGTH + 10);
});
