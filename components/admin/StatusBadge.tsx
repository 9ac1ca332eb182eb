import type { ArticleStatus } from '@/lib/editorial/types';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  UNPUBLISHED: 'Unpublished',
};

const STATUS_CLASSES: Record<ArticleStatus, string> = {
  DRAFT: 'border-muted bg-white text-ink',
  IN_REVIEW: 'border-amber-700 bg-amber-50 text-amber-900',
  SCHEDULED: 'border-blue-700 bg-blue-50 text-blue-900',
  PUBLISHED: 'border-green-700 bg-green-50 text-green-900',
  UNPUBLISHED: 'border-brand bg-white text-brand',
};

/** An article's workflow status as a small labelled badge (text, not colour alone). */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span data-status={status} className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASSES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
