import Image from 'next/image';
import type { ImageRef } from '@/lib/articles/view';
import { Caption } from '../article/Caption';

/** An in-body image; its box is reserved from stored dimensions, so nothing shifts. */
export function ImageBlock({ image, alt, caption, credit }: { image: ImageRef | null; alt: string; caption: string; credit: string }) {
  if (!image) return null;
  return (
    <figure className="my-6" data-block="image">
      <Image src={image.src} width={image.width} height={image.height} alt={alt} sizes="(max-width: 768px) 100vw, 720px" className="h-auto w-full bg-paper" />
      <Caption caption={caption} credit={credit} />
    </figure>
  );
}
