/** "Live" (pulsing dot) or "Ended" next to a live blog's section name. */
export function LiveBadge({ status, labels }: { status: 'LIVE' | 'ENDED'; labels: { live: string; ended: string } }) {
  return status === 'LIVE' ? (
    <span className="ml-2 inline-flex items-center gap-1 rounded bg-brand px-1.5 py-0.5 align-middle text-xs font-bold uppercase tracking-wide text-white" data-testid="live-badge">
      <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-white motion-safe:animate-pulse" />
      {labels.live}
    </span>
  ) : (
    <span className="ml-2 inline-block rounded bg-muted px-1.5 py-0.5 align-middle text-xs font-bold uppercase tracking-wide text-white" data-testid="live-badge">
      {labels.ended}
    </span>
  );
}
