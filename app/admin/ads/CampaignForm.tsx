'use client';

import { useActionState } from 'react';
import { buttonClass, Field, FieldError, FormError, FormSuccess, TextField } from '@/components/admin/fields';
import { createCampaignAction, updateCampaignAction, type CampaignFormState } from './actions';
import { DateTimeField } from './DateTimeField';

export type CampaignFormValues = {
  name: string;
  placement: string;
  headline: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  sponsor: string;
  imageId: string;
  /** 'on' when active, '' when not (as a checkbox posts it). */
  active: string;
  /** ISO instants or ''. */
  startsAt: string;
  endsAt: string;
  weight: string;
  /** An edition's code, or '' for every edition. */
  language: string;
};

export const EMPTY_CAMPAIGN: CampaignFormValues = {
  name: '',
  placement: 'INLINE',
  headline: '',
  body: '',
  linkUrl: '',
  linkLabel: 'Learn more',
  sponsor: '',
  imageId: '',
  active: 'on',
  startsAt: '',
  endsAt: '',
  weight: '1',
  language: '',
};

type Option = { value: string; label: string };

function Select({
  id,
  name,
  label,
  options,
  defaultValue,
  error,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  defaultValue: string;
  error?: string;
  hint?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select id={id} name={name} defaultValue={defaultValue} key={defaultValue} {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Create (no campaignId) or edit a campaign. */
export function CampaignForm({
  campaignId,
  initial,
  placements,
  editions,
  images,
}: {
  campaignId?: string;
  initial: CampaignFormValues;
  placements: Option[];
  editions: Option[];
  images: Option[];
}) {
  const [state, action, pending] = useActionState<CampaignFormState, FormData>(campaignId ? updateCampaignAction : createCampaignAction, {});
  const fe = state.fieldErrors ?? {};
  const v: CampaignFormValues = { ...initial, ...state.values };
  const text = (name: keyof CampaignFormValues, label: string, hint?: string, required = false) => (
    <TextField id={`campaign-${name}`} name={name} label={label} hint={hint} defaultValue={v[name]} error={fe[name]} required={required} autoComplete="off" />
  );
  return (
    <form action={action} className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      {campaignId && <input type="hidden" name="id" value={campaignId} />}
      <div aria-live="polite" className="sm:col-span-2 empty:hidden">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      {text('name', 'Name', 'For staff only.', true)}
      <Select id="campaign-placement" name="placement" label="Placement" options={placements} defaultValue={v.placement} error={fe.placement} />
      <Select
        id="campaign-language"
        name="language"
        label="Edition"
        options={editions}
        defaultValue={v.language}
        error={fe.language}
        hint="Whose pages show it: write the ad in that edition’s language."
      />
      {text('headline', 'Headline', undefined, true)}
      {text('sponsor', 'Sponsor', 'Shown above the headline.')}
      <div className="sm:col-span-2">
        <Field id="campaign-body" label="Body" error={fe.body}>
          {(control) => <textarea id="campaign-body" name="body" rows={3} defaultValue={v.body} {...control} />}
        </Field>
      </div>
      {text('linkUrl', 'Link URL', 'Where the ad leads: a full http:// or https:// address.', true)}
      {text('linkLabel', 'Link label', undefined, true)}
      <Select
        id="campaign-imageId"
        name="imageId"
        label="Image"
        options={[{ value: '', label: 'No image' }, ...images]}
        defaultValue={v.imageId}
        error={fe.imageId}
        hint="From the media library."
      />
      <Field id="campaign-weight" label="Weight" hint="1 to 10: how often it is chosen among the running campaigns of its placement." error={fe.weight}>
        {(control) => <input id="campaign-weight" name="weight" type="number" min={1} max={10} step={1} defaultValue={v.weight} {...control} />}
      </Field>
      <DateTimeField id="campaign-startsAt" name="startsAt" label="Starts" hint="Your local time. Empty: from now." defaultIso={v.startsAt} error={fe.startsAt} />
      <DateTimeField id="campaign-endsAt" name="endsAt" label="Ends" hint="Your local time. Empty: no end." defaultIso={v.endsAt} error={fe.endsAt} />
      <div className="sm:col-span-2">
        <label className="inline-flex items-center gap-2 font-semibold">
          <input type="checkbox" name="active" defaultChecked={v.active === 'on'} key={v.active} className="h-4 w-4" aria-describedby="campaign-active-hint" />
          Active
        </label>
        <p id="campaign-active-hint" className="text-sm text-muted">
          Inactive campaigns are never shown, whatever their dates.
        </p>
        <FieldError id="campaign-active-error" message={fe.active} />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Saving…' : campaignId ? 'Save campaign' : 'Create campaign'}
        </button>
      </div>
    </form>
  );
}
