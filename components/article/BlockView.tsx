import type { ViewBlock } from '@/lib/articles/view';
import { ParagraphBlock } from '../blocks/ParagraphBlock';
import { LabelledBlock } from '../blocks/LabelledBlock';
import { QuoteBlock } from '../blocks/QuoteBlock';
import { SubheadingBlock } from '../blocks/SubheadingBlock';
import { ImageBlock } from '../blocks/ImageBlock';
import { ListBlock } from '../blocks/ListBlock';
import { BackgroundBlock } from '../blocks/BackgroundBlock';
import { EmbedBlock } from '../blocks/EmbedBlock';

/** One block type, one view: the only switch over block types in the renderer. */
/** The edition's labels the renderer adds (lib/i18n: article.quote). */
export type BlockLabels = { quote: string };

export function BlockView({ block, labels }: { block: ViewBlock; labels: BlockLabels }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock content={block.content} />;
    case 'labelled':
      return <LabelledBlock label={block.label} content={block.content} />;
    case 'quote':
      return <QuoteBlock text={block.text} speaker={block.speaker} context={block.context} label={labels.quote} />;
    case 'subheading':
      return <SubheadingBlock text={block.text} />;
    case 'image':
      return <ImageBlock image={block.image} alt={block.alt} caption={block.caption} credit={block.credit} />;
    case 'list':
      return <ListBlock ordered={block.ordered} items={block.items} />;
    case 'background':
      return <BackgroundBlock title={block.title} items={block.items} />;
    case 'embed':
      return <EmbedBlock provider={block.provider} url={block.url} title={block.title} />;
    case 'ad':
      return null; // placed by placeAds()
  }
}
