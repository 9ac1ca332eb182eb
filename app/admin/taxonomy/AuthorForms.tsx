'use client';

import { useActionState } from 'react';
import { buttonClass, FieldError, secondaryButtonClass, TextField } from '@/components/admin/fields';
import { createAuthorAction, deleteAuthorAction, updateAuthorAction, type TaxonomyFormState } from './actions';
import { FormMessages, RowMessage, TextArea } from './shared';

export type AuthorRowData = { id: string; slug: string; name: string; jobTitle: string; bio: string; photoId: string | null; articles: number };
export type PhotoOption = { id: string; label: string };

/** Create (no author) or edit an author. */
export function AuthorForm({ author, photos }: { author?: AuthorRowData; photos: PhotoOption[] }) {
  const [state, action, pending] = useActionState<TaxonomyFormState, FormData>(author ? updateAuthorAction : createAuthorAction, {});
  const fe = state.fieldErrors ?? {};
  const v: Record<string, string> = {
    name: author?.name ?? '',
    slug: author?.slug ?? '',
    jobTitle: author?.jobTitle ?? '',
    bio: author?.bio ?? '',
    photoId: author?.photoId ?? '',
    ...state.values,
  };
  const p = author ? `author-${author.id}` : 'new-author';
  const what = author ? ` of ${author.name}` : '';
  return (
    <form
      action={action}
      key={author ? JSON.stringify(v) : state.done}
      aria-label={author ? `Edit author ${author.slug}` : 'Create an author'}
      className="mt-4 grid gap-4 sm:grid-cols-2"
      noValidate
    >
      {author && <input type="hidden" name="id" value={author.id} />}
      <FormMessages state={state} />
      <TextField id={`${p}-name`} name="name" label={author ? 'Name' : 'Author name'} autoComplete="off" defaultValue={v.name} error={fe.name} />
      <TextField
        id={`${p}-slug`}
        name="slug"
        label={author ? 'Slug' : 'Author slug'}
        autoComplete="off"
        required={!!author}
        hint={author ? 'Changing it changes the address of their page.' : 'Left empty, made from the name.'}
        defaultValue={v.slug}
        error={fe.slug}
      />
      <TextField id={`${p}-jobTitle`} name="jobTitle" label="Job title" required={false} autoComplete="off" defaultValue={v.jobTitle} error={fe.jobTitle} />
      <div>
        <label htmlFor={`${p}-photoId`} className="block text-sm font-semibold">
          Photo <span className="font-normal text-muted">(from the media library)</span>
        </label>
        <select
          id={`${p}-photoId`}
          name="photoId"
          defaultValue={v.photoId}
          aria-invalid={fe.photoId ? true : undefined}
          aria-describedby={fe.photoId ? `${p}-photoId-error` : undefined}
          className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2"
        >
          <option value="">No photo</option>
          {photos.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        <FieldError id={`${p}-photoId-error`} message={fe.photoId} />
      </div>
      <TextArea id={`${p}-bio`} name="bio" label="Bio" rows={3} defaultValue={v.bio} error={fe.bio} />
      <div className="sm:col-span-2">
        <button type="submit" className={author ? secondaryButtonClass : buttonClass} disabled={pending} aria-label={author ? `Save author${what}` : undefined}>
          {pending ? 'Saving…' : author ? 'Save' : 'Create author'}
        </button>
      </div>
    </form>
  );
}

export function DeleteAuthorForm({ author }: { author: AuthorRowData }) {
  const [state, action, pending] = useActionState<TaxonomyFormState, FormData>(deleteAuthorAction, {});
  return (
    <div className="mt-2 space-y-1">
      <form action={action}>
        <input type="hidden" name="id" value={author.id} />
        <button
          type="submit"
          className={secondaryButtonClass}
          disabled={pending}
          aria-label={`Delete author ${author.slug}`}
          onClick={(e) => {
            if (!window.confirm(`Delete the author “${author.name}”?`)) e.preventDefault();
          }}
        >
          Delete author
        </button>
      </form>
      <RowMessage states={[state]} />
    </div>
  );
}
