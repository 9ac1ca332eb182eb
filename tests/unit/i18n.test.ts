import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../lib/i18n/messages/en.ts';
import { EDITION_CODES, messagesFor } from '../../lib/i18n/index.ts';
import { formatDateline, formatDay } from '../../lib/time/format.ts';

/** Every key path of a catalogue, with its value. */
function entries(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

test('every edition has every key of the catalogue, none empty', () => {
  const keys = entries(en).map(([k]) => k);
  for (const code of EDITION_CODES) {
    const m = entries(messagesFor(code));
    assert.deepEqual(
      m.map(([k]) => k),
      keys,
      `${code}: same keys as en`,
    );
    for (const [k, v] of m) {
      if (typeof v === 'function') assert.ok(String(v(2, 'x')).trim(), `${code}.${k}() says something`);
      else assert.ok(typeof v === 'string' && v.trim().length > 0, `${code}.${k} is not empty`);
    }
  }
});

test('the Ukrainian and Russian catalogues are not English', () => {
  for (const code of ['uk', 'ru'] as const) {
    const m = messagesFor(code);
    assert.match(m.lists.latestNews, /[а-яіїєґ]/i);
    assert.match(m.article.source, /[а-яіїєґ]/i);
    assert.notEqual(m.notFound.title, en.notFound.title);
  }
});

test('plural forms follow each language', () => {
  assert.equal(messagesFor('uk').live.newUpdates(1), '1 нове оновлення');
  assert.equal(messagesFor('uk').live.newUpdates(3), '3 нові оновлення');
  assert.equal(messagesFor('uk').live.newUpdates(11), '11 нових оновлень');
  assert.equal(messagesFor('ru').live.newUpdates(22), '22 новых обновления');
  assert.equal(messagesFor('en').live.newUpdates(1), '1 new update');
});

test('search totals: counted, or "about" when estimated, with the language’s digit grouping', () => {
  assert.equal(messagesFor('en').search.results(1, 'vote'), '1 story matches “vote”.');
  assert.equal(messagesFor('en').search.results(12400, 'vote', true), 'About 12,400 stories match “vote”.');
  assert.equal(messagesFor('uk').search.results(12400, 'вибори', true), 'Близько 12\u00a0400 результатів за запитом «вибори».');
  assert.equal(messagesFor('ru').search.results(3, 'выборы'), '3 результата по запросу «выборы».');
});

const KYIV = 'Europe/Kyiv';

test('datelines in each language (the reference form: "Пʼятниця, 25 жовтня 2024, 13:37")', () => {
  const d = new Date('2024-10-25T10:37:00Z'); // 13:37 in Kyiv (summer time, UTC+3)
  assert.equal(formatDateline(d, KYIV, messagesFor('en').locale), 'Friday, 25 October 2024, 13:37');
  assert.equal(formatDateline(d, KYIV, messagesFor('uk').locale), 'Пʼятниця, 25 жовтня 2024, 13:37');
  assert.equal(formatDateline(d, KYIV, messagesFor('ru').locale), 'Пятница, 25 октября 2024, 13:37');
  assert.equal(formatDay(d, KYIV, messagesFor('uk').locale), 'Пʼятниця, 25 жовтня');
});

test('datelines across the end of summer time (Kyiv: 27 October 2024, 04:00 → 03:00)', () => {
  const before = new Date('2024-10-27T00:30:00Z'); // 03:30 EEST
  const after = new Date('2024-10-27T01:30:00Z'); // 03:30 EET, an hour later
  for (const code of EDITION_CODES) {
    const locale = messagesFor(code).locale;
    assert.match(formatDateline(before, KYIV, locale), /27 .* 2024, 03:30$/);
    assert.match(formatDateline(after, KYIV, locale), /27 .* 2024, 03:30$/);
  }
  assert.equal(formatDateline(after, KYIV, 'uk-UA'), 'Неділя, 27 жовтня 2024, 03:30');
  // Spring: 31 March 2024, 03:00 → 04:00; 01:30 UTC is 04:30 local.
  assert.equal(formatDateline(new Date('2024-03-31T01:30:00Z'), KYIV, 'ru-RU'), 'Воскресенье, 31 марта 2024, 04:30');
  assert.equal(formatDateline(new Date('2024-03-31T00:30:00Z'), KYIV, 'en-GB'), 'Sunday, 31 March 2024, 02:30');
});
