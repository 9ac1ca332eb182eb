'use client';

import type { Ref } from 'react';
import type { FieldErrors } from '@/lib/validation/errors';
import { BLOCK_LABELS, fieldId, type FormState } from './model';

/** A readable name for an error path, for the error summary. */
function errorLabel(path: string, form: FormState): string {
  const names: Record<string, string> = {
    title: 'Title',
    slug: 'Slug',
    standfirst: 'Standfirst',
    sectionId: 'Section',
    tags: 'Tags',
    authorIds: 'Authors',
    heroId: 'Hero image',
    heroAlt: 'Hero alt text',
    heroCaption: 'Hero caption',
    heroCredit: 'Hero credit',
    sourceName: 'Source name',
    sourceUrl: 'Source URL',
    citingName: 'Citing name',
    citingUrl: 'Citing URL',
    language: 'Edition',
    featured: 'Featured',
    body: 'Body',
    form: 'Article',
  };
  const [head, index] = path.split('.');
  if (head === 'body' && index !== undefined && /^\d+$/.test(index)) {
    const block = form.body[Number(index)]?.block;
    return `Block ${Number(index) + 1}${block ? ` (${BLOCK_LABELS[block.type]})` : ''}`;
  }
  return names[head] ?? head;
}

/** The element that shows an error path: the field itself, else its block. */
function targetFor(path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) return el;
  }
  const blockMatch = /^body\.(\d+)/.exec(path);
  if (blockMatch) return document.querySelectorAll<HTMLElement>('[data-block-key]')[Number(blockMatch[1])] ?? null;
  return null;
}

/** The list of what to fix after a refused save, each item a link that moves focus to its field or block. */
export function ErrorSummary({ message, errors, form, ref }: { message: string; errors: FieldErrors; form: FormState; ref?: Ref<HTMLDivElement> }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-heading"
      className="mt-3 rounded border border-brand bg-white p-4 focus:outline-3 focus:outline-brand"
      data-testid="error-summary"
    >
      <h2 id="error-summary-heading" className="font-semibold text-brand">
        {message}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {entries.map(([path, text]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              className="prose-link"
              onClick={(e) => {
                e.preventDefault();
                const el = targetFor(path);
                el?.scrollIntoView({ block: 'center' });
                el?.focus();
              }}
            >
              {errorLabel(path, form)}: {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
