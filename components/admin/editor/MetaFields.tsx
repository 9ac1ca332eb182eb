'use client';

import { useEffect, useState } from 'react';
import { SLUG_PATTERN } from '@/lib/editorial/input';
import { editionLabel, editionOption } from '@/lib/editions/labels';
import type { FieldErrors } from '@/lib/validation/errors';
import { checkSlug } from './api';
import { Checkbox, SelectInput, TextInput, describedBy, inputClass } from './controls';
import { fieldId, type FormState } from './model';
import { MediaPicker } from './pickers';

export type Lookups = {
  sections: { id: string; name: string }[];
  authors: { id: string; name: string }[];
  /** Every tag, with its edition's code: the picker offers those of the article's edition. */
  tags: { id: string; name: string; language: string }[];
  editions: { code: string; name: string; enabled: boolean }[];
};

/** Live slug check: debounced, against /admin/api/articles/slug. */
export function SlugField({
  value,
  articleId,
  onChange,
  error,
  disabled,
}: {
  value: string;
  articleId: string | null;
  onChange: (slug: string, byHand: boolean) => void;
  error?: string;
  disabled?: boolean;
}) {
  const [check, setCheck] = useState<{ slug: string; available: boolean; suggestion: string } | null>(null);
  const slug = value.trim();
  useEffect(() => {
    if (!slug || !SLUG_PATTERN.test(slug)) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const answer = await checkSlug(slug, articleId, controller.signal);
      if (answer && !controller.signal.aborted) setCheck({ slug, ...answer });
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, articleId]);

  const id = fieldId('slug');
  const current = check && check.slug === slug ? check : null;
  let message: React.ReactNode = null;
  if (slug && !SLUG_PATTERN.test(slug)) message = <span className="text-brand">Use lower-case letters, digits and single hyphens.</span>;
  else if (current?.available) message = <span className="text-green-800">This slug is available.</span>;
  else if (current && !current.available)
    message = (
      <span className="text-brand">
        Another article uses this slug.{' '}
        {current.suggestion && (
          <button type="button" className="prose-link" onClick={() => onChange(current.suggestion, true)} disabled={disabled}>
            Use “{current.suggestion}”
          </button>
        )}
      </span>
    );
  return (
    <div>
      <TextInput
        id={id}
        label="Slug"
        hint="The last part of the article’s address. Filled in from the title until you change it."
        value={value}
        onChange={(v) => onChange(v, true)}
        error={error}
        disabled={disabled}
        describedByExtra={`${id}-check`}
      />
      <p id={`${id}-check`} className="mt-1 text-sm" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/**
 * Tag chips: type and press Enter (or comma) to add. With `canCreate`
 * (editors) new names are created on save; others pick existing tags only
 * (the server refuses new names from them too).
 */
export function TagsField({
  value,
  onChange,
  suggestions,
  edition,
  canCreate,
  error: serverError,
  disabled,
}: {
  value: string[];
  onChange: (tags: string[]) => void;
  /** Tags of the article's edition: the only ones it may carry. */
  suggestions: string[];
  /** The edition's name, for the messages. */
  edition: string;
  canCreate: boolean;
  error?: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState('');
  const [unknown, setUnknown] = useState('');
  const id = fieldId('tags');
  const listId = `${id}-list`;
  function add(raw: string) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) return;
    const known = suggestions.find((s) => s.toLowerCase() === name.toLowerCase()) ?? (canCreate ? name : undefined);
    if (!known) {
      setUnknown(`There is no tag “${name}” in the ${edition} edition: pick an existing tag (editors create new ones).`);
      return;
    }
    setUnknown('');
    if (!value.some((t) => t.toLowerCase() === known.toLowerCase())) onChange([...value, known]);
    setText('');
  }
  const error = unknown || serverError;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        Tags
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {canCreate
          ? `Tags of the ${edition} edition. Type a tag and press Enter; new tags are created in this edition when you save.`
          : `Tags of the ${edition} edition. Type the name of an existing tag and press Enter.`}
      </p>
      {value.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label="Tags on this article">
          {value.map((tag) => (
            <li key={tag} className="flex items-center gap-1 rounded-full bg-paper py-1 pl-3 pr-1 text-sm">
              {tag}
              <button
                type="button"
                disabled={disabled}
                className="rounded-full px-2 text-muted hover:bg-line hover:text-ink"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove tag ${tag}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        list={listId}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          const v = e.target.value;
          if (v.endsWith(',')) add(v.slice(0, -1));
          else setText(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && value.length) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => add(text)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, 'hint')}
        className={inputClass}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand">
          {error}
        </p>
      )}
    </div>
  );
}

/** Authors: a list of checkboxes (mobile-friendly), in the order picked. */
export function AuthorsField({
  value,
  onChange,
  authors,
  error,
  disabled,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  authors: Lookups['authors'];
  error?: string;
  disabled?: boolean;
}) {
  const id = fieldId('authorIds');
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} id={id} tabIndex={-1}>
      <legend className="text-sm font-semibold">Authors</legend>
      <div className="mt-1 grid max-h-56 gap-1 overflow-y-auto rounded border border-line bg-white p-2 sm:grid-cols-2">
        {authors.map((a) => (
          <label key={a.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              disabled={disabled}
              checked={value.includes(a.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, a.id] : value.filter((v) => v !== a.id))}
            />
            {a.name}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Everything but the body. */
export function MetaFields({
  form,
  set,
  errors,
  lookups,
  articleId,
  canFeature,
  canCreateTags,
  onTitle,
  onSlug,
  readOnly,
}: {
  form: FormState;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  errors: FieldErrors;
  lookups: Lookups;
  articleId: string | null;
  canFeature: boolean;
  canCreateTags: boolean;
  onTitle: (title: string) => void;
  onSlug: (slug: string, byHand: boolean) => void;
  readOnly?: boolean;
}) {
  const err = (k: string) => errors[k];
  return (
    <div className="space-y-5">
      <TextInput id={fieldId('title')} label="Title" value={form.title} onChange={onTitle} error={err('title')} disabled={readOnly} />
      <SlugField value={form.slug} articleId={articleId} onChange={onSlug} error={err('slug')} disabled={readOnly} />
      <TextInput
        id={fieldId('standfirst')}
        label="Standfirst"
        hint="One or two sentences under the headline"
        multiline
        rows={3}
        value={form.standfirst}
        onChange={(v) => set('standfirst', v)}
        error={err('standfirst')}
        disabled={readOnly}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput
          id={fieldId('sectionId')}
          label="Section"
          value={form.sectionId}
          onChange={(v) => set('sectionId', v)}
          options={[{ value: '', label: 'Choose a section…' }, ...lookups.sections.map((s) => ({ value: s.id, label: s.name }))]}
          error={err('sectionId')}
          disabled={readOnly}
        />
        <SelectInput
          id={fieldId('language')}
          label="Edition"
          value={form.language}
          onChange={(v) => set('language', v as FormState['language'])}
          options={lookups.editions.map((e) => ({ value: e.code, label: editionOption(e) }))}
          error={err('language')}
          disabled={readOnly}
        />
      </div>
      <TagsField
        value={form.tags}
        onChange={(v) => set('tags', v)}
        edition={editionLabel(form.language)}
        suggestions={lookups.tags.filter((t) => t.language === form.language).map((t) => t.name)}
        canCreate={canCreateTags}
        error={errorUnder(errors, 'tags')}
        disabled={readOnly}
      />
      <AuthorsField value={form.authorIds} onChange={(v) => set('authorIds', v)} authors={lookups.authors} error={errorUnder(errors, 'authorIds')} disabled={readOnly} />

      <div className="space-y-3">
        <MediaPicker
          id={fieldId('heroId')}
          label="Hero image"
          mediaId={form.heroId}
          defaultOpen={false}
          error={err('heroId')}
          disabled={readOnly}
          onPick={(m) => {
            set('heroId', m.id);
            if (!form.heroAlt) set('heroAlt', m.alt);
            if (!form.heroCaption) set('heroCaption', m.caption);
            if (!form.heroCredit) set('heroCredit', m.credit);
          }}
          onClear={() => set('heroId', null)}
        />
        {form.heroId && (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              id={fieldId('heroAlt')}
              className="sm:col-span-2"
              label="Hero alt text"
              hint="What the image shows, for readers who cannot see it"
              value={form.heroAlt}
              onChange={(v) => set('heroAlt', v)}
              error={err('heroAlt')}
              disabled={readOnly}
            />
            <TextInput
              id={fieldId('heroCaption')}
              label="Hero caption"
              value={form.heroCaption}
              onChange={(v) => set('heroCaption', v)}
              error={err('heroCaption')}
              disabled={readOnly}
            />
            <TextInput
              id={fieldId('heroCredit')}
              label="Hero credit"
              value={form.heroCredit}
              onChange={(v) => set('heroCredit', v)}
              error={err('heroCredit')}
              disabled={readOnly}
            />
          </div>
        )}
      </div>

      <fieldset className="rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">Source attribution</legend>
        <p className="text-sm text-muted">When the story is based on another outlet’s reporting: “According to [source], citing [outlet]”.</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <TextInput id={fieldId('sourceName')} label="Source name" value={form.sourceName} onChange={(v) => set('sourceName', v)} error={err('sourceName')} disabled={readOnly} />
          <TextInput
            id={fieldId('sourceUrl')}
            label="Source URL"
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={form.sourceUrl}
            onChange={(v) => set('sourceUrl', v)}
            error={err('sourceUrl')}
            disabled={readOnly}
          />
          <TextInput id={fieldId('citingName')} label="Citing name" value={form.citingName} onChange={(v) => set('citingName', v)} error={err('citingName')} disabled={readOnly} />
          <TextInput
            id={fieldId('citingUrl')}
            label="Citing URL"
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={form.citingUrl}
            onChange={(v) => set('citingUrl', v)}
            error={err('citingUrl')}
            disabled={readOnly}
          />
        </div>
      </fieldset>

      {canFeature && (
        <Checkbox
          id={fieldId('featured')}
          label="Featured on the front page"
          checked={form.featured}
          onChange={(v) => set('featured', v)}
          error={err('featured')}
          disabled={readOnly}
        />
      )}
    </div>
  );
}

function errorUnder(errors: FieldErrors, key: string) {
  if (errors[key]) return errors[key];
  const k = Object.keys(errors).find((e) => e.startsWith(`${key}.`));
  return k ? errors[k] : undefined;
}
