import { blockSchema, type Block, type BlockType } from '@/lib/blocks/schema';
import type { ArticleInput } from '@/lib/editorial/input';

/** The editor's working copy: the article input with a stable key per block (for React and focus). */

export type KeyedBlock = { key: string; block: Block };
export type FormState = Omit<ArticleInput, 'body'> & { body: KeyedBlock[] };

let counter = 0;
export const newKey = () => `b${Date.now().toString(36)}${(counter++).toString(36)}`;

export function fromInput(input: ArticleInput): FormState {
  return { ...input, body: keyBlocks(input.body) };
}

/** Stored blocks as the block list edits them (also the live blog panel's entries). */
export function keyBlocks(body: Block[]): KeyedBlock[] {
  return body.map((block) => ({ key: newKey(), block: withDefaults(block) }));
}

/** Stored blocks may omit fields that have defaults (a quote without context): fill them in for the form. */
function withDefaults(block: Block): Block {
  const parsed = blockSchema.safeParse(block);
  if (parsed.success) return parsed.data;
  return { ...newBlock(block.type), ...block } as Block;
}

export function toInput(form: FormState): ArticleInput {
  return { ...form, body: form.body.map((b) => b.block) };
}

export const BLOCK_LABELS: Record<BlockType, string> = {
  paragraph: 'Paragraph',
  subheading: 'Subheading',
  labelled: 'Labelled paragraph',
  quote: 'Quote',
  image: 'Image',
  list: 'List',
  background: 'Background links',
  embed: 'Embed',
  ad: 'Ad position',
};

export const BLOCK_HINTS: Record<BlockType, string> = {
  paragraph: 'Body text with bold, italic and links',
  subheading: 'A heading inside the article',
  labelled: 'Text that starts with a bold label, e.g. “Why it matters:”',
  quote: 'A pull quote with the speaker',
  image: 'A picture from the media library',
  list: 'A bulleted or numbered list',
  background: 'Links to earlier coverage or other pages',
  embed: 'A post or video from another site',
  ad: 'Ask for an advertisement exactly here',
};

/** Block types in the order the "Add block" menu offers them. */
export const MENU_ORDER: BlockType[] = ['paragraph', 'subheading', 'labelled', 'quote', 'image', 'list', 'background', 'embed', 'ad'];

export function newBlock(type: BlockType): Block {
  switch (type) {
    case 'paragraph':
      return { type, content: [] };
    case 'labelled':
      return { type, label: '', content: [] };
    case 'quote':
      return { type, text: '', speaker: '', context: '' };
    case 'subheading':
      return { type, text: '' };
    case 'image':
      return { type, mediaId: '', alt: '', caption: '', credit: '' };
    case 'list':
      return { type, ordered: false, items: [[]] };
    case 'background':
      return { type, title: 'Background', items: [{ text: '' }] };
    case 'embed':
      return { type, provider: 'youtube', url: '', title: '' };
    case 'ad':
      return { type };
  }
}

/** A new article's starting values. */
export function emptyInput(sectionId: string, authorIds: string[]): ArticleInput {
  return {
    title: '',
    slug: '',
    standfirst: '',
    sectionId,
    tags: [],
    authorIds,
    heroId: null,
    heroAlt: '',
    heroCaption: '',
    heroCredit: '',
    sourceName: '',
    sourceUrl: '',
    citingName: '',
    citingUrl: '',
    language: 'en',
    featured: false,
    body: [{ type: 'paragraph', content: [] }],
  };
}

/** DOM id of the control for an error path ("body.3.content" → "f-body-3-content"). */
export const fieldId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
