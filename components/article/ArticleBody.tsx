import type { ViewBlock } from '@/lib/articles/view';
import { placeAds } from '@/lib/ads/placement';
import { BlockView, type BlockLabels } from './BlockView';

/** The body: blocks in order, with ad slots placed by the ad rule. Ships no client JavaScript. */
export function ArticleBody({ blocks, renderAd, labels }: { blocks: ViewBlock[]; renderAd: (slot: number) => React.ReactNode; labels: BlockLabels }) {
  return (
    <div className="font-serif text-[1.15rem] leading-relaxed" data-testid="article-body">
      {placeAds(blocks).map((item, i) =>
        item.kind === 'ad' ? <div key={`ad-${item.slot}`}>{renderAd(item.slot)}</div> : <BlockView key={i} block={item.block} labels={labels} />,
      )}
    </div>
  );
}
