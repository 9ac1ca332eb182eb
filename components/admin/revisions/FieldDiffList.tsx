import type { FieldDiff } from '@/lib/editorial/diff';

/** Word-level differences, field by field: removed words struck through in red, added ones in green (and named for screen readers). */
export function FieldDiffList({ fields }: { fields: FieldDiff[] }) {
  return (
    <dl className="mt-3 space-y-4">
      {fields.map((f) => (
        <div key={f.field} className="rounded border border-line bg-white p-3" data-field={f.field}>
          <dt className="text-sm font-bold uppercase tracking-wide text-muted">{f.label}</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words leading-relaxed">
            {f.parts.map((p, i) =>
              p.removed ? (
                <del key={i} className="bg-red-50 text-red-800 decoration-red-800">
                  <span className="sr-only">[removed: </span>
                  {p.value}
                  <span className="sr-only">]</span>
                </del>
              ) : p.added ? (
                <ins key={i} className="bg-green-50 text-green-800 no-underline">
                  <span className="sr-only">[added: </span>
                  {p.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The key to the colours of a diff. */
export function DiffLegend() {
  return (
    <p className="mt-1 text-sm text-muted">
      <del className="bg-red-50 text-red-800">Struck through in red</del>: removed. <ins className="bg-green-50 text-green-800 no-underline">Green</ins>: added.
    </p>
  );
}
