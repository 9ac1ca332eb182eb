'use client';

import { useActionState } from 'react';
import { buttonClass, controlClass, Field, FieldError, secondaryButtonClass, TextField } from '@/components/admin/fields';
import { EditionBadge } from '@/components/admin/EditionBadge';
import { editionLabel } from '@/lib/editions/labels';
import { createTagAction, deleteTagAction, renameTagAction, type TaxonomyFormState } from './actions';
import { FormMessages, RowMessage, smallInputClass } from './shared';

/** A new tag, of one edition (`edition`: the one picked first). */
export function CreateTagForm({ editions, edition }: { editions: string[]; edition: string }) {
  const [state, action, pending] = useActionState<TaxonomyFormState, FormData>(createTagAction, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} key={state.done} aria-label="Create a tag" className="mt-4 grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <FormMessages state={state} />
      <TextField id="new-tag-name" name="name" label="Tag name" autoComplete="off" defaultValue={v.name} error={fe.name} />
      <Field id="new-tag-language" label="Tag edition" hint="Articles of this edition only can carry it." error={fe.language}>
        {(control) => (
          <select id="new-tag-language" name="language" defaultValue={v.language ?? edition} {...control} className={controlClass}>
            {editions.map((code) => (
              <option key={code} value={code}>
                {editionLabel(code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id="new-tag-slug"
        name="slug"
        label="Tag slug"
        autoComplete="off"
        required={false}
        hint="Part of its address (/tag/slug). Left empty, made from the name."
        defaultValue={v.slug}
        error={fe.slug}
      />
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Creating…' : 'Create tag'}
        </button>
      </div>
    </form>
  );
}

export function TagRow({ tag }: { tag: { id: string; slug: string; name: string; language: string; articles: number } }) {
  const [state, action, pending] = useActionState<TaxonomyFormState, FormData>(renameTagAction, {});
  const [delState, delAction, delPending] = useActionState<TaxonomyFormState, FormData>(deleteTagAction, {});
  const fe = state.fieldErrors ?? {};
  const name = state.values?.name ?? tag.name;
  const inputId = `tag-${tag.id}-name`;
  return (
    <li className="space-y-1 border-b border-line py-2 last:border-0" data-testid="tag-row" data-slug={tag.slug} data-edition={tag.language}>
      <div className="flex flex-wrap items-end gap-2">
        <span className="pb-1">
          <EditionBadge code={tag.language} />
        </span>
        <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
          <input type="hidden" name="id" value={tag.id} />
          <div>
            <label htmlFor={inputId} className="block text-xs font-semibold">
              Name<span className="sr-only"> of tag {tag.slug}</span>
            </label>
            <input
              id={inputId}
              name="name"
              defaultValue={name}
              key={name}
              aria-invalid={fe.name ? true : undefined}
              aria-describedby={fe.name ? `${inputId}-error` : undefined}
              className={smallInputClass}
            />
          </div>
          <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Rename tag ${tag.slug}`}>
            Rename
          </button>
        </form>
        <form action={delAction}>
          <input type="hidden" name="id" value={tag.id} />
          <button
            type="submit"
            className={secondaryButtonClass}
            disabled={delPending}
            aria-label={`Delete tag ${tag.slug}`}
            onClick={(e) => {
              const where = tag.articles ? ` It will be removed from ${tag.articles} article${tag.articles === 1 ? '' : 's'}.` : '';
              if (!window.confirm(`Delete the tag “${tag.name}”?${where}`)) e.preventDefault();
            }}
          >
            Delete
          </button>
        </form>
        <span className="text-sm text-muted">
          /tag/{tag.slug} · {tag.articles} article{tag.articles === 1 ? '' : 's'}
        </span>
      </div>
      <FieldError id={`${inputId}-error`} message={fe.name} />
      <RowMessage states={[delState, { ...state, error: fe.name ? undefined : state.error }]} />
    </li>
  );
}
