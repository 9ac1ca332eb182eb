import Image from 'next/image';
import type { ArticleView } from '@/lib/articles/view';
import { Caption } from './Caption';

/** The lead image: priority-loaded, its box reserved by width/height. */
export function HeroImage({ hero }: { hero: NonNullable<ArticleView['hero']> }) {
  return (
    <figure className="my-5" data-testid="hero">
      <Image src={hero.src} width={hero.width} height={hero.height} alt={hero.alt} priority sizes="(max-width: 768px) 100vw, 760px" className="h-auto w-full bg-paper" />
      <Caption caption={hero.caption} credit={hero.credit} />
    </figure>
  );
}
