import Image from 'next/image';
import type { Teaser } from '@/lib/articles/queries';
import { formatTime } from '@/lib/time/format';

/** A story in a list: optional image, section, headline, standfirst, time. The lead's headline is an h2 (it follows the page's h1), others h3. */
export function TeaserCard({ item, timeZone, size = 'normal' }: { item: Teaser; timeZone: string; size?: 'lead' | 'normal' }) {
  const lead = size === 'lead';
  const Heading = lead ? 'h2' : 'h3';
  return (
    <article className="group">
      {item.image && (
        <Image
          src={item.image.src}
          width={item.image.width}
          height={item.image.height}
          alt={item.image.alt}
          priority={lead}
          sizes={lead ? '(max-width: 768px) 100vw, 720px' : '(max-width: 640px) 100vw, 320px'}
          className="mb-2 h-auto w-full bg-paper"
        />
      )}
      <p className="text-xs font-semibold uppercase tracking-wide text-brand">{item.section.name}</p>
      <Heading className={`font-serif font-bold leading-snug ${lead ? 'text-3xl' : 'text-lg'}`}>
        <a href={item.path} className="hover:underline">
          {item.title}
        </a>
      </Heading>
      {item.standfirst && <p className={`mt-1 text-muted ${lead ? 'text-lg' : 'line-clamp-3 text-sm'}`}>{item.standfirst}</p>}
      <p className="mt-1 text-xs text-muted">
        <time dateTime={item.publishedAt.toISOString()}>{formatTime(item.publishedAt, timeZone)}</time>
      </p>
    </article>
  );
}
