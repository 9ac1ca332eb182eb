import { Node } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

/** A document of exactly one paragraph: a rich-text field is one block's text. */
const OneParagraph = Node.create({ name: 'doc', topNode: true, content: 'paragraph' });

/**
 * The Tiptap extensions of every rich-text field: one paragraph with bold,
 * italic and links, nothing else (what lib/blocks/schema.ts can store). Shared
 * by RichText.tsx and the unit tests of the span conversion (./inline.ts).
 */
export const inlineExtensions = [
  OneParagraph,
  StarterKit.configure({
    document: false,
    heading: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    hardBreak: false,
    trailingNode: false,
    dropcursor: false,
    gapcursor: false,
    link: { openOnClick: false, autolink: false, linkOnPaste: true, HTMLAttributes: { rel: null, target: null, class: 'prose-link' } },
  }),
];
