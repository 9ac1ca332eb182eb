import type { Block } from '../blocks/schema';

export type BodyItem<B extends { type: string } = Block> = { kind: 'block'; block: B } | { kind: 'ad'; slot: number };

export const adRule = {
  /** The first automatic ad follows this many text paragraphs ... */
  first: 3,
  /** ... then one after every this many more. */
  every: 5,
  /** At most this many ads inside the body (manual markers included). */
  max: 3,
} as const;

const isText = (b: { type: string }) => b.type === 'paragraph' || b.type === 'labelled';
const isMedia = (b: { type: string }) => b.type === 'image' || b.type === 'embed';

/**
 * Places in-body ad slots. Manual `ad` blocks become slots where they stand;
 * automatic slots follow the 3rd text paragraph, then every 5th (counted from
 * a manual slot too). A slot never
 * touches an image/embed or another slot and never ends the body (an
 * after-body slot follows anyway); a slot that would is moved to the next
 * allowed gap. At most `max` slots.
 */
export function placeAds<B extends { type: string }>(blocks: B[], rule = adRule): BodyItem<B>[] {
  const items: BodyItem<B>[] = [];
  let slots = 0;
  let textCount = 0;
  let nextAt: number = rule.first;
  let pending = false;

  const canPlaceAfter = (i: number) => {
    const prev = blocks[i];
    const next = blocks[i + 1];
    if (!next) return false;
    if (isMedia(prev) || isMedia(next) || next.type === 'ad') return false;
    const last = items[items.length - 1];
    return !(last && last.kind === 'ad');
  };

  blocks.forEach((block, i) => {
    if (block.type === 'ad') {
      const last = items[items.length - 1];
      if (slots < rule.max && last?.kind !== 'ad' && i > 0) {
        items.push({ kind: 'ad', slot: slots++ });
        pending = false;
        nextAt = Math.max(nextAt, textCount + rule.every);
      }
      return;
    }
    items.push({ kind: 'block', block: block as B });
    if (isText(block)) {
      textCount++;
      if (textCount >= nextAt) {
        pending = true;
        nextAt += rule.every;
      }
    }
    if (pending && slots < rule.max && canPlaceAfter(i)) {
      items.push({ kind: 'ad', slot: slots++ });
      pending = false;
    }
  });
  return items;
}
