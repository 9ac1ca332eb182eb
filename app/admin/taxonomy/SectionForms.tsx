'use client';

import { useActionState } from 'react';
import { buttonClass, FieldError, secondaryButtonClass, TextField } from '@/components/admin/fields';
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction, type TaxonomyFormState } from './actions';
import { editionLabel } from '@/lib/editions/labels';
import { FormMessages, RowMessage, smallInputClass, TextArea } from './shared';

type Translations = Partial<Record<string, { name: string; description: string }>>;

/**
 * A section's name and description in each edition but the default one (whose
 * are the plain fields); left empty, the edition shows the plain ones.
 */
function TranslationFields({
  idPrefix,
  editions,
  values,
  errors,
  slug,
}: {
  idPrefix: string;
  editions: string[];
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
  slug?: string;
}) {
  if (!editions.length) return null;
  return (
    <div className="grid gap-2 sm:col-span-2 sm:grid-cols-2">
      {editions.map((code) =>
        (['name', 'description'] as const).map((f) => {
          const key = `translations.${code}.${f}`;
          const id = `${idPrefix}-${code}-${f}`;
          const label = `${f === 'name' ? 'Name' : 'Description'} (${editionLabel(code)})`;
          return (
            <div key={key}>
              <label htmlFor={id} className="block text-xs font-semibold">
                {label}
                {slug && <span className="sr-only"> of section {slug}</span>}
              </label>
              <input
                id={id}
                name={key}
                defaultValue={values[key] ?? ''}
                key={`${key}:${values[key] ?? ''}`}
                aria-invalid={errors[key] ? true : undefined}
                aria-describedby={errors[key] ? `${id}-error` : undefined}
                className={smallInputClass}
              />
              <FieldError id={`${id}-error`} message={errors[key]} />
            </div>
          );
        }),
      )}
    </div>
  );
}

/** Flat form values ("translations.uk.name") of stored translations. */
function flatTranslations(translations: Translations): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, t] of Object.entries(translations)) {
    if (!t) continue;
    out[`translations.${code}.name`] = t.name;
    out[`translations.${code}.description`] = t.description;
  }
  return out;
}

/** `editions`: the codes of the editions other than the default one, which get names of their own. */
export function CreateSectionForm({ editions }: { editions: string[] }) {
  const [state, action, pending] = useActionState<TaxonomyFormState, FormData>(createSectionAction, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} key={state.done} aria-label="Create a section" className="mt-4 grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <FormMessages state={state} />
      <TextField id="new-section-name" name="name" label="Section name" autoComplete="off" defaultValue={v.name} error={fe.name} />
      <TextField
        id="new-section-slug"
        name="slug"
        label="Section slug"
        autoComplete="off"
        required={false}
        hint="Part of its address (/section/slug). Left empty, made from the name."
        defaultValue={v.slug}
        error={fe.slug}
      />
      <TextArea id="new-section-description" name="description" label="Section description" defaultValue={v.description} error={fe.description} />
      <TranslationFields idPrefix="new-section" editions={editions} values={v} errors={fe} />
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Creating…' : 'Create section'}
        </button>
      </div>
    </form>
  );
}

export function SectionRow({
  section,
  editions,
  first,
  last,
}: {
  section: { id: string; slug: string; name: string; description: string; translations: Translations; articles: number };
  editions: string[];
  first: boolean;
  last: boolean;
}) {
  const [state, action, pending] = useActionState<TaxonomyFormState, FormData>(updateSectionAction, {});
  const [moveState, moveAction, movePending] = useActionState<TaxonomyFormState, FormData>(moveSectionAction, {});
  const [delState, delAction, delPending] = useActionState<TaxonomyFormState, FormData>(deleteSectionAction, {});
  const fe = state.fieldErrors ?? {};
  const v: Record<string, string | undefined> = { name: section.name, description: section.description, ...flatTranslations(section.translations), ...state.values };
  const id = (f: string) => `section-${section.id}-${f}`;
  return (
    <li className="space-y-2 border-b border-line py-3 last:border-0" data-testid="section-row" data-slug={section.slug}>
      <p className="text-sm text-muted">
        /section/{section.slug} · {section.articles} article{section.articles === 1 ? '' : 's'}
      </p>
      <form action={action} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-start" noValidate>
        <input type="hidden" name="id" value={section.id} />
        <div>
          <label htmlFor={id('name')} className="block text-xs font-semibold">
            Name<span className="sr-only"> of section {section.slug}</span>
          </label>
          <input
            id={id('name')}
            name="name"
            defaultValue={v.name}
            key={`n:${v.name}`}
            aria-invalid={fe.name ? true : undefined}
            aria-describedby={fe.name ? `${id('name')}-error` : undefined}
            className={smallInputClass}
          />
          <FieldError id={`${id('name')}-error`} message={fe.name} />
        </div>
        <div>
          <label htmlFor={id('description')} className="block text-xs font-semibold">
            Description<span className="sr-only"> of section {section.slug}</span>
          </label>
          <input
            id={id('description')}
            name="description"
            defaultValue={v.description}
            key={`d:${v.description}`}
            aria-invalid={fe.description ? true : undefined}
            aria-describedby={fe.description ? `${id('description')}-error` : undefined}
            className={smallInputClass}
          />
          <FieldError id={`${id('description')}-error`} message={fe.description} />
        </div>
        <button type="submit" className={`${secondaryButtonClass} sm:mt-5`} disabled={pending} aria-label={`Save section ${section.slug}`}>
          Save
        </button>
        <div className="sm:col-span-2">
          <TranslationFields idPrefix={`section-${section.id}`} editions={editions} values={v} errors={fe} slug={section.slug} />
        </div>
      </form>
      <div className="flex flex-wrap gap-2">
        <form action={moveAction}>
          <input type="hidden" name="id" value={section.id} />
          <input type="hidden" name="direction" value="up" />
          <button type="submit" className={secondaryButtonClass} disabled={first || movePending} aria-label={`Move section ${section.slug} up`}>
            ↑ Up
          </button>
        </form>
        <form action={moveAction}>
          <input type="hidden" name="id" value={section.id} />
          <input type="hidden" name="direction" value="down" />
          <button type="submit" className={secondaryButtonClass} disabled={last || movePending} aria-label={`Move section ${section.slug} down`}>
            ↓ Down
          </button>
        </form>
        <form action={delAction}>
          <input type="hidden" name="id" value={section.id} />
          <button
            type="submit"
            className={secondaryButtonClass}
            disabled={delPending}
            aria-label={`Delete section ${section.slug}`}
            onClick={(e) => {
              if (!window.confirm(`Delete the section “${section.name}”?`)) e.preventDefault();
            }}
          >
            Delete
          </button>
        </form>
      </div>
      <RowMessage states={[delState, moveState, state]} />
    </li>
  );
}
