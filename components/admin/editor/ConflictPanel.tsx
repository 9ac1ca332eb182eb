'use client';

import type { Ref } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { bodyToText, type Block } from '@/lib/blocks/schema';
import type { ArticleInput } from '@/lib/editorial/input';
import type { EditableArticle } from '@/lib/editorial/types';

const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Shown when a save was refused because someone saved first (409): who and
 * when, their version beside yours, and the two ways out. Nothing typed is lost.
 */
export function ConflictPanel({
  mine,
  theirs,
  busy,
  onOverwrite,
  onLoadTheirs,
  ref,
}: {
  mine: ArticleInput;
  theirs: EditableArticle;
  busy: boolean;
  onOverwrite: () => void;
  onLoadTheirs: () => void;
  ref?: Ref<HTMLElement>;
}) {
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="conflict-heading"
      data-testid="conflict"
      className="mt-3 rounded border-2 border-brand bg-white p-4 focus:outline-3 focus:outline-brand"
    >
      <h2 id="conflict-heading" className="font-serif text-xl font-bold text-brand">
        {theirs.modifiedBy ?? 'Someone'} saved this article at {dateTime(theirs.modifiedAt)}
      </h2>
      <p className="mt-1 text-sm">
        Your changes were not saved, and they are still in the form below. Compare the two versions, then keep yours (overwriting theirs) or load theirs.
      </p>
      <ConflictTable mine={mine} theirs={theirs.input} theirName={theirs.modifiedBy ?? 'Theirs'} />
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={onOverwrite} disabled={busy}>
          Overwrite with mine
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onLoadTheirs} disabled={busy}>
          Load theirs (discard mine)
        </button>
      </div>
    </section>
  );
}

/** Their version's key fields beside yours. */
function ConflictTable({ mine, theirs, theirName }: { mine: ArticleInput; theirs: ArticleInput; theirName: string }) {
  const clip = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);
  const rows: { label: string; mine: string; theirs: string }[] = [
    { label: 'Title', mine: mine.title, theirs: theirs.title },
    { label: 'Slug', mine: mine.slug, theirs: theirs.slug },
    { label: 'Standfirst', mine: mine.standfirst, theirs: theirs.standfirst },
    { label: 'Body', mine: clip(safeText(mine.body)), theirs: clip(safeText(theirs.body)) },
    { label: 'Tags', mine: mine.tags.join(', '), theirs: theirs.tags.join(', ') },
  ];
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[32rem] table-fixed text-left text-sm">
        <caption className="sr-only">Your version and {theirName}’s version</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="w-28 py-1 pr-2">
              Field
            </th>
            <th scope="col" className="py-1 pr-2">
              Yours
            </th>
            <th scope="col" className="py-1">
              {theirName}’s
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b border-line align-top last:border-0" data-changed={r.mine !== r.theirs ? 'true' : undefined}>
              <th scope="row" className="py-2 pr-2 font-semibold">
                {r.label}
                {r.mine !== r.theirs && <span className="block text-xs font-normal text-brand">differs</span>}
              </th>
              <td className="whitespace-pre-wrap break-words py-2 pr-2" data-testid={`conflict-mine-${r.label.toLowerCase()}`}>
                {r.mine || <span className="text-muted">(empty)</span>}
              </td>
              <td className="whitespace-pre-wrap break-words py-2" data-testid={`conflict-theirs-${r.label.toLowerCase()}`}>
                {r.theirs || <span className="text-muted">(empty)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function safeText(body: Block[]): string {
  try {
    return bodyToText(body);
  } catch {
    return '';
  }
}
