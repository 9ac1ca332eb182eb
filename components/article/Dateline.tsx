import { formatDateline, wasUpdated } from '@/lib/time/format';

/** Publication time in the site's zone, plus "Updated" when edited after publishing. */
export function Dateline({ publishedAt, updatedAt, timeZone, locale, updated }: { publishedAt: Date; updatedAt: Date | null; timeZone: string; locale: string; updated: string }) {
  return (
    <p className="text-sm text-muted" data-testid="dateline">
      <time dateTime={publishedAt.toISOString()}>{formatDateline(publishedAt, timeZone, locale)}</time>
      {wasUpdated(publishedAt, updatedAt) && (
        <>
          {' · '}
          <span>
            {updated} <time dateTime={updatedAt.toISOString()}>{formatDateline(updatedAt, timeZone, locale)}</time>
          </span>
        </>
      )}
    </p>
  );
}
