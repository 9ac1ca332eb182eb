import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditHasLabel, creditLine } from '../../lib/media/credit.ts';

test('a bare name gets "Photo:"', () => {
  assert.equal(creditLine('Jane Doe'), 'Photo: Jane Doe');
  assert.equal(creditLine('  Reuters '), 'Photo: Reuters');
  assert.equal(creditLine('The Ninth Meridian'), 'Photo: The Ninth Meridian');
});

test('a credit that says what it is stays as typed (no "Photo: Illustration:")', () => {
  for (const credit of [
    'Illustration: The Ninth Meridian',
    'Photo: AP',
    'photo: AP',
    'Photos: Jane Doe',
    'Photo by Jane Doe',
    'Photograph by Jane Doe',
    'Graphic: Data desk',
    'Video: Reuters',
    'Video still: Reuters',
    'Photo illustration: Desk',
    'Photo/Reuters',
    'Photo — AP',
    'Courtesy of the museum',
    'Handout: Ministry of Defence',
    'Map: OpenStreetMap contributors',
    '© Jane Doe',
    '(c) Jane Doe',
    'Copyright Jane Doe 2026',
    'Source: NASA',
  ]) {
    assert.ok(creditHasLabel(credit), credit);
    assert.equal(creditLine(credit), credit.trim());
  }
});

test('a name that merely starts like a label still gets "Photo:"', () => {
  for (const credit of ['Photographer Jane', 'Mapbox', 'Artemis Press', 'Stillwater Studio', 'Imagery Ltd', 'Sourcebook Media']) {
    assert.equal(creditHasLabel(credit), false, credit);
    assert.equal(creditLine(credit), `Photo: ${credit}`);
  }
});

test('no credit, no line', () => {
  assert.equal(creditLine(''), '');
  assert.equal(creditLine('   '), '');
});
