import type { Inline } from '@/lib/blocks/schema';

/**
 * Conversion between our inline span JSON ({text, bold?, italic?, href?}) and
 * the Tiptap/ProseMirror document of a one-paragraph rich-text field. We never
 * store HTML: the editor's document is turned back into spans on every change.
 */

type Mark = { type: string; attrs?: Record<string, unknown> };
type TextNode = { type: 'text'; text: string; marks?: Mark[] };
type HardBreak = { type: 'hardBreak' };
export type TiptapDoc = { type: 'doc'; content: { type: 'paragraph'; content?: (TextNode | HardBreak)[] }[] };

export function spansToDoc(spans: Inline[] | undefined): TiptapDoc {
  const content: TextNode[] = (spans ?? [])
    .filter((s) => s.text)
    .map((s) => {
      const marks: Mark[] = [];
      if (s.bold) marks.push({ type: 'bold' });
      if (s.italic) marks.push({ type: 'italic' });
      if (s.href) marks.push({ type: 'link', attrs: { href: s.href } });
      return marks.length ? { type: 'text', text: s.text, marks } : { type: 'text', text: s.text };
    });
  return { type: 'doc', content: [{ type: 'paragraph', ...(content.length ? { content } : {}) }] };
}

const sameStyle = (a: Inline, b: Inline) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && (a.href ?? '') === (b.href ?? '');

/** Spans of a Tiptap document (all paragraphs joined by a space; adjacent same-style text merged). */
export function docToSpans(doc: unknown): Inline[] {
  const out: Inline[] = [];
  const paragraphs = (doc as TiptapDoc | null)?.content ?? [];
  paragraphs.forEach((p, pi) => {
    const nodes = p.content ?? [];
    if (pi > 0 && nodes.length && out.length) push(out, { text: ' ' });
    for (const node of nodes) {
      if (node.type === 'hardBreak') {
        push(out, { text: ' ' });
        continue;
      }
      if (node.type !== 'text' || !node.text) continue;
      const span: Inline = { text: node.text };
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') span.bold = true;
        if (mark.type === 'italic') span.italic = true;
        if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && mark.attrs.href) span.href = mark.attrs.href;
      }
      push(out, span);
    }
  });
  return out;
}

function push(out: Inline[], span: Inline) {
  const last = out[out.length - 1];
  if (last && sameStyle(last, span)) last.text += span.text;
  else out.push(span);
}

/** Plain text of spans (for comparisons and summaries). */
export const spansText = (spans: Inline[] | undefined) => (spans ?? []).map((s) => s.text).join('');

/** One span's content in a fixed shape: key order and absent vs false marks do not matter. */
const spanKey = (s: Inline) => JSON.stringify([s.text, !!s.bold, !!s.italic, s.href ?? null]);

/** Whether two span lists are the same content (Tiptap orders a link's marks differently from stored spans). */
export function sameSpans(a: Inline[] | undefined, b: Inline[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((s, i) => spanKey(s) === spanKey(y[i]));
}
