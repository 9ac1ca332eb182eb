import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK_HINTS, BLOCK_LABELS, MENU_ORDER, emptyInput, fieldId, fromInput, newBlock, newKey, toInput } from '../../components/admin/editor/model.ts';
import { blockSchema, blockTypes, type Block, type BlockType } from '../../lib/blocks/schema.ts';
import { articleInputSchema, type ArticleInput } from '../../lib/editorial/input.ts';

const sectionId = '7d1e5a8c-3f7b-4c7e-9a51-0c1b2d3e4f50';
const authorId = '0b6f3a2e-8c41-4d5e-9f10-2a3b4c5d6e7f';

/** A complete, already normalised article input with one block of every type. */
const article: ArticleInput = {
  title: 'Kyiv rail link: the new timetable',
  slug: 'kyiv-rail-link-the-new-timetable',
  standfirst: 'Trains every ten minutes from Monday.',
  sectionId,
  tags: ['Transport', 'Kyiv'],
  authorIds: [authorId],
  heroId: null,
  heroAlt: '',
  heroCaption: '',
  heroCredit: '',
  sourceName: 'Ukrzaliznytsia',
  sourceUrl: 'https://example.org/timetable',
  citingName: '',
  citingUrl: '',
  language: 'uk',
  featured: true,
  body: [
    { type: 'paragraph', content: [{ text: 'Plain ' }, { text: 'bold', bold: true }, { text: ' link', href: '/news/2024/01/01/x' }] },
    { type: 'labelled', label: 'Why it matters', content: [{ text: 'Faster trips.', italic: true }] },
    { type: 'quote', text: 'We will rebuild.', speaker: 'The mayor', context: 'at the opening' },
    { type: 'subheading', text: 'What happens next' },
    { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: 'The bridge', credit: 'Staff' },
    { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two', italic: true }]] },
    {
      type: 'background',
      title: 'Earlier',
      items: [
        { text: 'Earlier', articleId: 'a1' },
        { text: 'Elsewhere', url: 'https://example.org/x' },
      ],
    },
    { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: 'The launch' },
    { type: 'ad' },
  ],
};

const sortedTypes = [...blockTypes].sort();

test('the sample article is valid input, so the round trip below starts from a normalised value', () => {
  const parsed = articleInputSchema.safeParse(article);
  assert.equal(parsed.success, true);
  assert.deepEqual(parsed.success && parsed.data, article);
  assert.deepEqual(article.body.map((b) => b.type).sort(), sortedTypes);
});

test('fromInput then toInput gives back the same article input', () => {
  const form = fromInput(article);
  assert.equal(form.body.length, article.body.length);
  assert.deepEqual(
    form.body.map((b) => b.block),
    article.body,
  );
  const back = toInput(form);
  assert.deepEqual(back, article);
  // The keys live only in the working copy.
  for (const block of back.body) assert.equal('key' in block, false);
});

test('fromInput does not change the input it was given', () => {
  const input: ArticleInput = structuredClone(article);
  input.body.push({ type: 'quote', text: '  Spaced  ' } as Block);
  const before = structuredClone(input);
  const form = fromInput(input);
  form.body[0].block = { type: 'subheading', text: 'changed' };
  assert.deepEqual(input, before);
});

test('every block gets its own key, of the form b<base36>', () => {
  const form = fromInput(article);
  const keys = form.body.map((b) => b.key);
  assert.equal(new Set(keys).size, keys.length);
  for (const key of keys) assert.match(key, /^b[0-9a-z]+$/);
});

test('a key stays with its block when blocks are reordered in the working copy', () => {
  const form = fromInput(article);
  const [first, second] = form.body;
  const reordered = { ...form, body: [second, first, ...form.body.slice(2)] };
  assert.equal(reordered.body[0].key, second.key);
  assert.deepEqual(reordered.body[0].block, article.body[1]);
  assert.deepEqual(toInput(reordered).body.slice(0, 2), [article.body[1], article.body[0]]);
});

test('each working copy has fresh keys, and newKey never repeats', () => {
  const a = fromInput(article).body.map((b) => b.key);
  const b = fromInput(article).body.map((b) => b.key);
  for (const key of b) assert.equal(a.includes(key), false);
  const many = new Set(Array.from({ length: 2000 }, () => newKey()));
  assert.equal(many.size, 2000);
});

test('fromInput with an empty body gives an empty working body', () => {
  const form = fromInput({ ...article, body: [] });
  assert.deepEqual(form.body, []);
  assert.deepEqual(toInput(form), { ...article, body: [] });
});

test('valid stored blocks missing defaulted fields get the schema defaults', () => {
  const stored = [
    { type: 'quote', text: 'We will rebuild.', speaker: 'The mayor' },
    { type: 'image', mediaId: 'm1', alt: 'A bridge' },
    { type: 'list', items: [[{ text: 'one' }]] },
    { type: 'background', items: [{ text: 'Earlier', articleId: 'a1' }] },
    { type: 'embed', provider: 'x', url: 'https://x.com/a/status/1' },
  ] as Block[];
  const form = fromInput({ ...article, body: stored });
  assert.deepEqual(
    form.body.map((b) => b.block),
    [
      { type: 'quote', text: 'We will rebuild.', speaker: 'The mayor', context: '' },
      { type: 'image', mediaId: 'm1', alt: 'A bridge', caption: '', credit: '' },
      { type: 'list', ordered: false, items: [[{ text: 'one' }]] },
      { type: 'background', title: 'Background', items: [{ text: 'Earlier', articleId: 'a1' }] },
      { type: 'embed', provider: 'x', url: 'https://x.com/a/status/1', title: '' },
    ],
  );
});

test('valid stored blocks come into the form as the schema outputs them (strings trimmed)', () => {
  const stored = [
    { type: 'quote', text: '  We will rebuild.  ', speaker: ' The mayor ', context: '' },
    { type: 'subheading', text: ' Next ' },
  ] as Block[];
  const form = fromInput({ ...article, body: stored });
  assert.deepEqual(
    form.body.map((b) => b.block),
    [
      { type: 'quote', text: 'We will rebuild.', speaker: 'The mayor', context: '' },
      { type: 'subheading', text: 'Next' },
    ],
  );
});

test('invalid (unfinished) stored blocks keep their values and get the missing fields from newBlock', () => {
  const stored = [
    { type: 'quote', text: '' },
    { type: 'image', mediaId: '', alt: '' },
    { type: 'list', items: [[]] },
    { type: 'background', items: [{ text: '' }] },
    { type: 'embed', provider: 'telegram', url: '' },
    { type: 'labelled', content: [{ text: 'No label yet' }] },
    { type: 'paragraph' },
  ] as unknown as Block[];
  const form = fromInput({ ...article, body: stored });
  assert.deepEqual(
    form.body.map((b) => b.block),
    [
      { type: 'quote', text: '', speaker: '', context: '' },
      { type: 'image', mediaId: '', alt: '', caption: '', credit: '' },
      { type: 'list', ordered: false, items: [[]] },
      { type: 'background', title: 'Background', items: [{ text: '' }] },
      { type: 'embed', provider: 'telegram', url: '', title: '' },
      { type: 'labelled', label: '', content: [{ text: 'No label yet' }] },
      { type: 'paragraph', content: [] },
    ],
  );
});

test('an invalid stored block is not normalised: its own values win over the defaults, untrimmed', () => {
  const stored = [
    { type: 'quote', text: '', speaker: ' Someone ' },
    { type: 'list', ordered: true, items: [] },
  ] as unknown as Block[];
  const form = fromInput({ ...article, body: stored });
  assert.deepEqual(
    form.body.map((b) => b.block),
    [
      { type: 'quote', text: '', speaker: ' Someone ', context: '' },
      { type: 'list', ordered: true, items: [] },
    ],
  );
});

test('fromInput keeps every non-body field as it was', () => {
  const form = fromInput(article);
  const { body: _formBody, ...formRest } = form;
  const { body: _inputBody, ...inputRest } = article;
  assert.deepEqual(formRest, inputRest);
});

/** The values a writer would type into each new block; everything else stays as newBlock made it. */
const filledIn: Record<BlockType, (b: Block) => Block> = {
  paragraph: (b) => ({ ...b, content: [{ text: 'Text' }] }) as Block,
  labelled: (b) => ({ ...b, label: 'Why it matters', content: [{ text: 'Text' }] }) as Block,
  quote: (b) => ({ ...b, text: 'Said.' }) as Block,
  subheading: (b) => ({ ...b, text: 'Heading' }) as Block,
  image: (b) => ({ ...b, mediaId: 'm1', alt: 'A picture' }) as Block,
  list: (b) => ({ ...b, items: [[{ text: 'One' }]] }) as Block,
  background: (b) => ({ ...b, items: [{ text: 'Earlier coverage' }] }) as Block,
  embed: (b) => ({ ...b, url: 'https://www.youtube.com/watch?v=abc' }) as Block,
  ad: (b) => b,
};

/** What the schema still asks of a new, untouched block (by field path). */
const stillRequired: Record<BlockType, string[]> = {
  paragraph: ['content'],
  labelled: ['label', 'content'],
  quote: ['text'],
  subheading: ['text'],
  image: ['mediaId', 'alt'],
  list: ['items.0'],
  background: ['items.0.text'],
  embed: ['url'],
  ad: [],
};

test('newBlock makes a block of the asked type for every block type', () => {
  for (const type of blockTypes) assert.equal(newBlock(type).type, type, type);
});

test('newBlock returns a fresh object on every call', () => {
  for (const type of blockTypes) assert.notEqual(newBlock(type), newBlock(type), type);
  const list = newBlock('list');
  if (list.type === 'list') list.items[0].push({ text: 'x' });
  assert.deepEqual(newBlock('list'), { type: 'list', ordered: false, items: [[]] });
});

test('a new block is the right shape for blockSchema: the schema only asks for the empty required fields', () => {
  for (const type of blockTypes) {
    const result = blockSchema.safeParse(newBlock(type));
    const problems = result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))];
    assert.deepEqual(problems, stillRequired[type], type);
    if (!result.success) {
      // Never a wrong type or an unknown field: only empty values the writer has yet to fill in.
      for (const issue of result.error.issues) {
        assert.ok(issue.code === 'too_small' || (type === 'embed' && issue.code === 'custom'), `${type}: ${issue.code} at ${issue.path.join('.')}`);
      }
    }
  }
});

test('a new block with its required fields filled in passes blockSchema unchanged (it already carries every default)', () => {
  for (const type of blockTypes) {
    const block = filledIn[type](newBlock(type));
    const result = blockSchema.safeParse(block);
    assert.equal(result.success, true, `${type}: ${result.success ? '' : JSON.stringify(result.error.issues)}`);
    assert.deepEqual(result.success && result.data, block, type);
  }
});

test('the ad block needs nothing and passes blockSchema as it is', () => {
  assert.deepEqual(blockSchema.parse(newBlock('ad')), { type: 'ad' });
});

test('new blocks start with the documented values', () => {
  assert.deepEqual(newBlock('background'), { type: 'background', title: 'Background', items: [{ text: '' }] });
  assert.deepEqual(newBlock('embed'), { type: 'embed', provider: 'youtube', url: '', title: '' });
  assert.deepEqual(newBlock('quote'), { type: 'quote', text: '', speaker: '', context: '' });
});

test('BLOCK_LABELS and BLOCK_HINTS cover exactly the block types, with non-empty text', () => {
  assert.deepEqual(Object.keys(BLOCK_LABELS).sort(), sortedTypes);
  assert.deepEqual(Object.keys(BLOCK_HINTS).sort(), sortedTypes);
  for (const type of blockTypes) {
    assert.ok(BLOCK_LABELS[type].trim().length > 0, type);
    assert.ok(BLOCK_HINTS[type].trim().length > 0, type);
  }
  const labels = Object.values(BLOCK_LABELS);
  assert.equal(new Set(labels).size, labels.length, 'labels are distinct');
  assert.equal(BLOCK_LABELS.paragraph, 'Paragraph');
  assert.equal(BLOCK_LABELS.ad, 'Ad position');
});

test('the Add block menu offers every block type exactly once, paragraph first', () => {
  assert.equal(MENU_ORDER.length, blockTypes.length);
  assert.deepEqual([...MENU_ORDER].sort(), sortedTypes);
  assert.equal(MENU_ORDER[0], 'paragraph');
});

test('emptyInput starts a new article in the given section with the given authors', () => {
  const input = emptyInput(sectionId, [authorId]);
  assert.equal(input.sectionId, sectionId);
  assert.deepEqual(input.authorIds, [authorId]);
  assert.equal(input.title, '');
  assert.equal(input.slug, '');
  assert.equal(input.heroId, null);
  assert.equal(input.language, 'en');
  assert.equal(input.featured, false);
  assert.deepEqual(input.tags, []);
  assert.deepEqual(input.body, [{ type: 'paragraph', content: [] }]);
  assert.deepEqual(input.body[0], newBlock('paragraph'));
});

test('emptyInput has exactly the fields of the article input schema, already at their defaults', () => {
  const input = emptyInput(sectionId, []);
  assert.deepEqual(Object.keys(input).sort(), Object.keys(articleInputSchema.shape).sort());
  // Once the required fields are typed in, the schema accepts it and adds nothing.
  const typed: ArticleInput = { ...input, title: 'T', slug: 't', body: [{ type: 'paragraph', content: [{ text: 'x' }] }] };
  const parsed = articleInputSchema.safeParse(typed);
  assert.equal(parsed.success, true);
  assert.deepEqual(parsed.success && parsed.data, typed);
  // As it is, it is not yet valid: title, slug and the empty paragraph.
  const untouched = articleInputSchema.safeParse(input);
  assert.equal(untouched.success, false);
  assert.deepEqual(!untouched.success && [...new Set(untouched.error.issues.map((i) => i.path.join('.')))].sort(), ['body.0.content', 'slug', 'title']);
});

test('emptyInput returns independent objects', () => {
  const a = emptyInput(sectionId, [authorId]);
  const b = emptyInput(sectionId, [authorId]);
  assert.notEqual(a.body, b.body);
  assert.notEqual(a.tags, b.tags);
});

test('fromInput(emptyInput) makes a working copy with one keyed empty paragraph', () => {
  const form = fromInput(emptyInput(sectionId, []));
  assert.equal(form.body.length, 1);
  assert.match(form.body[0].key, /^b[0-9a-z]+$/);
  assert.deepEqual(form.body[0].block, { type: 'paragraph', content: [] });
  assert.deepEqual(toInput(form), emptyInput(sectionId, []));
});

test('fieldId turns an error path into a DOM id', () => {
  assert.equal(fieldId('body.3.content'), 'f-body-3-content');
  assert.equal(fieldId('title'), 'f-title');
  assert.equal(fieldId('body.0.items.1.text'), 'f-body-0-items-1-text');
  assert.equal(fieldId('heroAlt'), 'f-heroAlt');
  // Runs of other characters become one hyphen.
  assert.equal(fieldId('body.2..items[0]'), 'f-body-2-items-0-');
  assert.equal(fieldId(''), 'f-');
});

test('fieldId gives ids that are valid in a CSS #selector', () => {
  for (const path of ['body.3.content', 'body.12.items.0.url', 'sectionId']) assert.match(fieldId(path), /^f-[A-Za-z0-9-]+$/);
});
