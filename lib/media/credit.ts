/**
 * The credit line under an image. Staff type credits two ways: a bare name
 * ("Jane Doe", shown as "Photo: Jane Doe") or a credit that already says what
 * it is ("Illustration: The Ninth Meridian", "Photo by Jane Doe", "Video
 * still: …", "© Reuters"), which is shown as typed: never "Photo:
 * Illustration: …".
 */

/** Words that, at the start of a credit, already say what kind of credit it is. */
const KINDS = [
  'photo',
  'photos',
  'photograph',
  'photographs',
  'photography',
  'picture',
  'pictures',
  'image',
  'images',
  'illustration',
  'illustrations',
  'graphic',
  'graphics',
  'infographic',
  'video',
  'video still',
  'still',
  'screenshot',
  'screengrab',
  'map',
  'chart',
  'drawing',
  'cartoon',
  'painting',
  'artwork',
  'art',
  'rendering',
  'render',
  'composite',
  'photo illustration',
  'source',
  'courtesy',
  'credit',
  'credits',
  'handout',
  'file photo',
  'archive',
  'фото',
  'ілюстрація',
] as const;

const byKind = new RegExp(
  // "Illustration:", "Photo by", "Photos courtesy of", "Photo/Reuters", "Photo — AP", "Courtesy of", "©"
  `^(?:©|\\(c\\)|copyright\\b|(?:${[...KINDS]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|')})(?:\\s*[:/—–-]|\\s+(?:by|of|from|courtesy|credit)\\b))`,
  'iu',
);

/** Whether the credit already names its kind ("Illustration: …", "Photo by …", "© …"). */
export function creditHasLabel(credit: string): boolean {
  return byKind.test(credit.trim());
}

/** The credit as shown: "Photo: <credit>" for a bare name, the credit itself when it carries its own label; "" for none. */
export function creditLine(credit: string): string {
  const text = credit.trim();
  if (!text) return '';
  return creditHasLabel(text) ? text : `Photo: ${text}`;
}
