'use client';

import { useActionState } from 'react';
import { buttonClass, FieldError, FormError, FormSuccess, secondaryButtonClass } from '@/components/admin/fields';
import { addSocialLinkAction, socialLinkRowAction, updateSocialLinkAction, type LinkRowState, type SocialLinkState } from './actions';

type Link = { id: string; network: string; label: string; url: string; position: number };

const NETWORKS = ['instagram', 'facebook', 'x', 'telegram', 'youtube', 'tiktok', 'threads', 'mastodon', 'bluesky', 'linkedin', 'whatsapp'];

const inputClass =
  'mt-1 block w-full rounded border border-muted bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-brand aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-brand';

function LinkFields({
  idPrefix,
  values,
  errors,
  name,
}: {
  idPrefix: string;
  values: Partial<Record<'network' | 'label' | 'url', string>>;
  errors: Partial<Record<'network' | 'label' | 'url', string>>;
  name: string;
}) {
  const field = (key: 'network' | 'label' | 'url', label: string, extra: { list?: string; className: string; type?: string }) => {
    const id = `${idPrefix}-${key}`;
    return (
      <div className={extra.className}>
        <label htmlFor={id} className="block text-xs font-semibold">
          {label} <span className="sr-only">of {name}</span>
        </label>
        <input
          id={id}
          name={key}
          type={extra.type ?? 'text'}
          list={extra.list}
          defaultValue={values[key] ?? ''}
          autoComplete="off"
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `${id}-error` : undefined}
          className={inputClass}
        />
        <FieldError id={`${id}-error`} message={errors[key]} />
      </div>
    );
  };
  return (
    <>
      {field('label', 'Label', { className: 'w-32' })}
      {field('network', 'Network', { className: 'w-32', list: 'social-networks' })}
      {field('url', 'URL', { className: 'min-w-[16rem] flex-1', type: 'url' })}
    </>
  );
}

function LinkRow({ link, index, count }: { link: Link; index: number; count: number }) {
  const [state, action, pending] = useActionState<SocialLinkState, FormData>(updateSocialLinkAction, {});
  const [rowState, rowAction, rowPending] = useActionState<LinkRowState, FormData>(socialLinkRowAction, {});
  const values = state.values ?? link;
  const error = state.error ?? rowState.error;
  return (
    <li className="rounded border border-line bg-white p-3" data-testid="social-link-row" data-label={link.label}>
      <div className="flex flex-wrap items-start gap-2">
        <form action={action} className="flex flex-1 flex-wrap items-end gap-2" noValidate>
          <input type="hidden" name="id" value={link.id} />
          <LinkFields idPrefix={`link-${link.id}`} values={values} errors={state.fieldErrors ?? {}} name={link.label} />
          <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Save ${link.label}`}>
            Save
          </button>
        </form>
        <form action={rowAction} className="flex items-end gap-1 self-end">
          <input type="hidden" name="id" value={link.id} />
          <button type="submit" name="op" value="up" className={secondaryButtonClass} disabled={rowPending || index === 0} aria-label={`Move ${link.label} up`}>
            ↑
          </button>
          <button type="submit" name="op" value="down" className={secondaryButtonClass} disabled={rowPending || index === count - 1} aria-label={`Move ${link.label} down`}>
            ↓
          </button>
          <button type="submit" name="op" value="remove" className={secondaryButtonClass} disabled={rowPending} aria-label={`Remove ${link.label}`}>
            Remove
          </button>
        </form>
      </div>
      <div aria-live="polite" className="text-sm">
        {error ? (
          <p role="alert" className="mt-1 font-medium text-brand">
            {error}
          </p>
        ) : state.success ? (
          <p className="mt-1 text-green-800">{state.success}</p>
        ) : null}
      </div>
    </li>
  );
}

function AddLinkForm() {
  const [state, action, pending] = useActionState<SocialLinkState, FormData>(addSocialLinkAction, {});
  return (
    <form action={action} className="mt-4 rounded border border-line bg-white p-3" noValidate aria-labelledby="add-link-heading">
      <h3 id="add-link-heading" className="font-semibold">
        Add a link
      </h3>
      <div aria-live="polite" className="mt-2 empty:hidden">
        <FormError message={state.error} />
        <FormSuccess message={state.success} />
      </div>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <LinkFields idPrefix="new-link" values={state.values ?? {}} errors={state.fieldErrors ?? {}} name="the new link" />
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Adding…' : 'Add link'}
        </button>
      </div>
    </form>
  );
}

/** The social links shown in the header and after articles: edit, reorder, remove, add. */
export function SocialLinksEditor({ links }: { links: Link[] }) {
  return (
    <div className="mt-4 max-w-3xl">
      <datalist id="social-networks">
        {NETWORKS.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {links.length === 0 ? (
        <p className="text-muted">No social links yet: the follow calls are hidden.</p>
      ) : (
        <ol className="space-y-2" aria-label="Social links, in the order shown">
          {links.map((link, i) => (
            <LinkRow key={link.id} link={link} index={i} count={links.length} />
          ))}
        </ol>
      )}
      <AddLinkForm />
    </div>
  );
}
