import { formatDateline, wasUpdated } from '@/lib/time/format';

/** Publication time in the site's zone, plus "Updated" when edited after publishing. */
export function Dateline({ publishedAt, updatedAt, timeZone }: { publishedAt: Date; updatedAt: Date | null; timeZone: string }) {
  return (
    <p className="text-sm text-muted" data-testid="dateline">
      <time dateTime={publishedAt.toISOString()}>{formatDateline(publishedAt, timeZone)}</time>
      {wasUpdated(publishedAt, updatedAt) && (
        <>
          {' · '}
          <span>
            Updated <time dateTime={updatedAt.toISOString()}>{formatDateline(updatedAt, timeZone)}</time>
          </span>
        </>
      )}
    </p>
  );
}
