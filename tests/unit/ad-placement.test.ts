import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeAds } from '../../lib/ads/placement.ts';

type B = { type: string };
const p = (): B => ({ type: 'paragraph' });
const img = (): B => ({ type: 'image' });

/** Renders the placement as a compact string: P paragraph, I image, A ad. */
function layout(blocks: B[]) {
  return placeAds(blocks)
    .map((i) => (i.kind === 'ad' ? 'A' : i.block.type[0].toUpperCase()))
    .join('');
}

test('first ad after the 3rd paragraph, then every 5th', () => {
  assert.equal(layout(Array.from({ length: 14 }, p)), 'PPPAPPPPPAPPPPPAP');
});

test('at most 3 ads in the body', () => {
  const out = layout(Array.from({ length: 40 }, p));
  assert.equal(out.split('A').length - 1, 3);
});

test('never at the very end of the body', () => {
  assert.equal(layout([p(), p(), p()]), 'PPP');
});

test('never next to an image: moved to the next allowed gap', () => {
  assert.equal(layout([p(), p(), p(), img(), p(), p()]), 'PPPIPAP');
  assert.equal(layout([p(), p(), img(), p(), img(), p(), p()]), 'PPIPIPAP');
});

test('manual ad markers become slots and count towards the limit', () => {
  const ad = { type: 'ad' };
  assert.equal(layout([p(), ad, p(), p(), p(), p()]), 'PAPPPP');
  assert.equal(layout([p(), ad, ...Array.from({ length: 7 }, p)]), 'PAPPPPPAPP');
  const many = [p(), ad, p(), ad, p(), ad, p(), ad, p(), p(), p(), p(), p(), p(), p(), p()];
  assert.equal(layout(many).split('A').length - 1, 3);
});

test('a manual marker at the start or next to another ad is dropped', () => {
  const ad = { type: 'ad' };
  assert.equal(layout([ad, p(), p()]), 'PP');
  assert.equal(layout([p(), ad, ad, p()]), 'PAP');
});
