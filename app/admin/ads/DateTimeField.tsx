'use client';

import { useState } from 'react';
import { Field } from '@/components/admin/fields';
import { useMounted } from '@/components/admin/LocalTime';

const pad = (n: number) => String(n).padStart(2, '0');
const toLocalInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * A date and time in the browser's own zone. The form posts it as an ISO
 * instant (hidden input `name`), so the server needs no zone. Until the
 * browser has taken over, the stored instant is posted unchanged.
 */
export function DateTimeField({ id, name, label, hint, defaultIso, error }: { id: string; name: string; label: string; hint?: string; defaultIso: string; error?: string }) {
  const mounted = useMounted();
  const [local, setLocal] = useState<string | null>(null);
  const initial = defaultIso && !Number.isNaN(new Date(defaultIso).getTime()) ? new Date(defaultIso) : null;
  const shown = local ?? (mounted && initial ? toLocalInput(initial) : '');
  let iso = defaultIso;
  if (local !== null) {
    const d = new Date(local);
    iso = local === '' ? '' : Number.isNaN(d.getTime()) ? local : d.toISOString();
  }
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input id={id} type="datetime-local" value={shown} onChange={(e) => setLocal(e.target.value)} {...control} />
          <input type="hidden" name={name} value={iso} />
        </>
      )}
    </Field>
  );
}
