'use client';

import { useDeferredValue, useMemo } from 'react';
import { diffSnapshots, type DiffNames } from '@/lib/editorial/diff';
import type { ArticleInput } from '@/lib/editorial/input';
import { DiffLegend, FieldDiffList } from '../revisions/FieldDiffList';

/**
 * The word diff of the editor's version against the one readers see, for a
 * published or scheduled article with unpublished changes. Computed in the
 * browser from the form, so it follows typing (deferred, so typing stays smooth).
 */
export function PendingChanges({ live, current, names, scheduled }: { live: ArticleInput; current: ArticleInput; names: DiffNames; scheduled: boolean }) {
  const deferred = useDeferredValue(current);
  const fields = useMemo(() => diffSnapshots(live, deferred, names), [live, deferred, names]);
  return (
    <details className="mt-3 rounded border border-amber-700 bg-amber-50 px-4 py-3" data-testid="pending-changes">
      <summary className="cursor-pointer font-semibold text-amber-900">
        {fields.length === 0
          ? 'No differences from the live version'
          : `Unpublished changes to ${fields.map((f) => f.label.toLowerCase()).join(', ')}: compare with the ${scheduled ? 'scheduled' : 'live'} version`}
      </summary>
      <p className="mt-2 text-sm">Readers {scheduled ? 'will see the scheduled version' : 'see the live version'} until an editor presses Update. What would change:</p>
      <DiffLegend />
      {fields.length > 0 && <FieldDiffList fields={fields} />}
    </details>
  );
}
