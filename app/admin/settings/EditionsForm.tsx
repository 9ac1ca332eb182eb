'use client';

import { useActionState } from 'react';
import { buttonClass, FieldError, FormError, FormSuccess, TextField } from '@/components/admin/fields';
import type { EditionsView } from '@/lib/editions/admin';
import { editionLabel } from '@/lib/editions/labels';
import { saveEditionsAction, type EditionsState } from './actions';

/** The form's values of the stored editions: "uk.name", "uk.enabled" ('on' or ''), "defaultEdition". */
function flatten(view: EditionsView): Record<string, string> {
  const out: Record<string, string> = { defaultEdition: view.defaultEdition };
  for (const e of view.editions) {
    out[`${e.code}.name`] = e.name;
    out[`${e.code}.prefix`] = e.prefix;
    out[`${e.code}.enabled`] = e.enabled ? 'on' : '';
    out[`${e.code}.position`] = String(e.position);
    out[`${e.code}.siteName`] = e.siteName;
    out[`${e.code}.tagline`] = e.tagline;
  }
  return out;
}

/**
 * The language editions (ADR 021): per edition its name (as its readers see
 * it), path prefix, whether it is on, its place in the edition switcher and
 * its own site name and tagline; and which one is served at "/".
 */
export function EditionsForm({ initial }: { initial: EditionsView }) {
  const [state, action, pending] = useActionState<EditionsState, FormData>(saveEditionsAction, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? flatten(initial);
  return (
    <form action={action} key={state.done} className="mt-4 max-w-3xl space-y-4" noValidate aria-label="Editions">
      <div aria-live="polite" className="empty:hidden">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      <fieldset aria-describedby={fe.defaultEdition ? 'edition-default-error' : 'edition-default-hint'}>
        <legend className="text-sm font-semibold">Default edition</legend>
        <p id="edition-default-hint" className="text-sm text-muted">
          Served at “/” without its prefix; its prefixed addresses redirect there. It must be enabled.
        </p>
        <div className="mt-1 flex flex-wrap gap-4">
          {initial.editions.map((e) => (
            <label key={e.code} className="flex items-center gap-2 text-sm">
              <input type="radio" name="defaultEdition" value={e.code} defaultChecked={v.defaultEdition === e.code} className="size-4 accent-brand" />
              {editionLabel(e.code)}
            </label>
          ))}
        </div>
        <FieldError id="edition-default-error" message={fe.defaultEdition} />
      </fieldset>
      {initial.editions.map((e) => {
        const id = (f: string) => `edition-${e.code}-${f}`;
        const name = (f: string) => `${e.code}.${f}`;
        return (
          <fieldset key={e.code} className="grid gap-3 rounded border border-line bg-white p-4 sm:grid-cols-2" data-testid="edition-row" data-code={e.code}>
            <legend className="px-1 font-semibold">{editionLabel(e.code)} edition</legend>
            <input type="hidden" name="code" value={e.code} />
            <TextField
              required={false}
              autoComplete="off"
              id={id('name')}
              name={name('name')}
              label="Name"
              hint="As its readers see it in the edition switcher, e.g. Українська."
              defaultValue={v[name('name')] ?? ''}
              error={fe[name('name')]}
            />
            <TextField
              required={false}
              autoComplete="off"
              id={id('prefix')}
              name={name('prefix')}
              label="Prefix"
              hint={`Its addresses start with /${v[name('prefix')] || 'prefix'}/ (2–8 letters a–z).`}
              defaultValue={v[name('prefix')] ?? ''}
              error={fe[name('prefix')]}
            />
            <TextField
              required={false}
              autoComplete="off"
              id={id('position')}
              name={name('position')}
              label="Position"
              type="number"
              hint="Order in the edition switcher."
              defaultValue={v[name('position')] ?? '0'}
              error={fe[name('position')]}
            />
            <div className="flex items-center gap-2 sm:mt-6">
              <input id={id('enabled')} name={name('enabled')} type="checkbox" defaultChecked={v[name('enabled')] === 'on'} className="size-4 accent-brand" />
              <label htmlFor={id('enabled')} className="text-sm font-semibold">
                Enabled (public)
              </label>
            </div>
            <TextField
              required={false}
              autoComplete="off"
              id={id('siteName')}
              name={name('siteName')}
              label="Site name override"
              hint="This edition’s site name. Leave empty to use the site’s."
              defaultValue={v[name('siteName')] ?? ''}
              error={fe[name('siteName')]}
            />
            <TextField
              required={false}
              autoComplete="off"
              id={id('tagline')}
              name={name('tagline')}
              label="Tagline override"
              hint="This edition’s tagline. Leave empty to use the site’s."
              defaultValue={v[name('tagline')] ?? ''}
              error={fe[name('tagline')]}
            />
          </fieldset>
        );
      })}
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Saving…' : 'Save editions'}
      </button>
    </form>
  );
}
