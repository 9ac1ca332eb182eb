'use client';

import { useActionState } from 'react';
import { buttonClass, FieldError, FormError, FormSuccess, TextField } from '@/components/admin/fields';
import { saveSettingsAction, type SettingsState } from './actions';
import type { SettingsValues } from '@/lib/settings/admin';

type Field = keyof SettingsValues;

const textareaClass =
  'mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-brand aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-brand';

function TextArea({ id, name, label, hint, defaultValue, error }: { id: string; name: string; label: string; hint?: string; defaultValue?: string; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <textarea id={id} name={name} rows={3} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={textareaClass} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The site-wide settings: name, address, zone, language, and the support and follow calls. */
export function SettingsForm({ initial }: { initial: SettingsValues }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveSettingsAction, {});
  const fe = state.fieldErrors ?? {};
  const v: Partial<Record<Field, string>> = state.values ?? initial;
  const text = (name: Field, label: string, hint?: string, required = false) => (
    <TextField id={`settings-${name}`} name={name} label={label} hint={hint} defaultValue={v[name] ?? ''} error={fe[name]} required={required} autoComplete="off" />
  );
  return (
    <form action={action} className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <div aria-live="polite" className="sm:col-span-2 empty:hidden">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      <fieldset className="contents">
        <legend className="sr-only">Site</legend>
        {text('siteName', 'Site name', undefined, true)}
        {text('tagline', 'Tagline')}
        {text(
          'siteUrl',
          'Site URL',
          'The public address, e.g. https://news.example.com (links, feeds, sitemaps). SITE_URL in the server environment, when set, takes precedence.',
          true,
        )}
        {text('timeZone', 'Time zone', 'IANA name, e.g. Europe/Kyiv: datelines and dated URLs use it.', true)}
        {text('language', 'Language', 'Language tag, e.g. en or en-GB.', true)}
      </fieldset>
      <fieldset className="mt-4 grid gap-4 border-t border-line pt-4 sm:col-span-2 sm:grid-cols-2">
        <legend className="font-serif text-xl font-bold">Support and follow calls</legend>
        {text('supportUrl', 'Support URL', 'Where the support buttons lead. Leave empty to hide the support calls.')}
        {text('supportHeaderText', 'Support header text', 'The button in the page header.')}
        {text('supportTitle', 'Support title', 'The title of the banner after each article.')}
        {text('supportButtonText', 'Support button text')}
        <TextArea
          id="settings-supportText"
          name="supportText"
          label="Support text"
          hint="The banner's text after each article."
          defaultValue={v.supportText ?? ''}
          error={fe.supportText}
        />
        {text('followText', 'Follow text', 'Shown before the social links.')}
      </fieldset>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
