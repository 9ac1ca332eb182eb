'use client';

import { secondaryButtonClass } from '@/components/admin/fields';
import { embedProviders, type Block, type Inline } from '@/lib/blocks/schema';
import type { FieldErrors } from '@/lib/validation/errors';
import { Checkbox, SelectInput, TextInput } from './controls';
import { fieldId } from './model';
import { BackgroundSuggestions } from './BackgroundSuggestions';
import { ArticlePicker, MediaPicker } from './pickers';
import { RichText } from './RichText';

type Props<T extends Block['type']> = {
  block: Extract<Block, { type: T }>;
  /** Error path prefix, "body.3". */
  path: string;
  errors: FieldErrors;
  onChange: (block: Extract<Block, { type: T }>) => void;
  readOnly?: boolean;
};

/** The error paths a block's own fields show; anything else under the block is shown at block level. */
export function knownPaths(block: Block, path: string): string[] {
  switch (block.type) {
    case 'paragraph':
      return [`${path}.content`];
    case 'labelled':
      return [`${path}.label`, `${path}.content`];
    case 'quote':
      return [`${path}.text`, `${path}.speaker`, `${path}.context`];
    case 'subheading':
      return [`${path}.text`];
    case 'image':
      return [`${path}.mediaId`, `${path}.alt`, `${path}.caption`, `${path}.credit`];
    case 'list':
      return block.items.map((_, i) => `${path}.items.${i}`);
    case 'background':
      return [`${path}.title`, ...block.items.flatMap((_, i) => [`${path}.items.${i}.text`, `${path}.items.${i}.url`])];
    case 'embed':
      return [`${path}.provider`, `${path}.url`, `${path}.title`];
    case 'ad':
      return [];
  }
}

/** The first error at `path` or under it (e.g. "body.2.content.0.href" for "body.2.content"). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

function rich(id: string, error: string | undefined) {
  return { id, error, describedBy: error ? `${id}-error` : undefined };
}

export function BlockFields({
  block,
  path,
  errors,
  onChange,
  readOnly,
  onSplit,
}: {
  block: Block;
  path: string;
  errors: FieldErrors;
  onChange: (b: Block) => void;
  readOnly?: boolean;
  /** Paragraphs: Enter splits the block in two at the caret. */
  onSplit?: (before: Inline[], after: Inline[]) => void;
}) {
  const common = { path, errors, readOnly } as const;
  switch (block.type) {
    case 'paragraph':
      return <ParagraphFields block={block} onChange={onChange} onSplit={onSplit} {...common} />;
    case 'labelled':
      return <LabelledFields block={block} onChange={onChange} {...common} />;
    case 'quote':
      return <QuoteFields block={block} onChange={onChange} {...common} />;
    case 'subheading':
      return <SubheadingFields block={block} onChange={onChange} {...common} />;
    case 'image':
      return <ImageFields block={block} onChange={onChange} {...common} />;
    case 'list':
      return <ListFields block={block} onChange={onChange} {...common} />;
    case 'background':
      return <BackgroundFields block={block} onChange={onChange} {...common} />;
    case 'embed':
      return <EmbedFields block={block} onChange={onChange} {...common} />;
    case 'ad':
      return <p className="text-sm text-muted">An advertisement will be shown here on the public page (if a campaign is running).</p>;
  }
}

function ParagraphFields({ block, path, errors, onChange, readOnly, onSplit }: Props<'paragraph'> & { onSplit?: (before: Inline[], after: Inline[]) => void }) {
  const p = `${path}.content`;
  return (
    <RichText
      {...rich(fieldId(p), errorAt(errors, p))}
      label="Paragraph text"
      value={block.content}
      onChange={(content) => onChange({ ...block, content })}
      onSplit={onSplit}
      readOnly={readOnly}
    />
  );
}

function LabelledFields({ block, path, errors, onChange, readOnly }: Props<'labelled'>) {
  const p = `${path}.content`;
  return (
    <div className="space-y-3">
      <TextInput
        id={fieldId(`${path}.label`)}
        label="Label"
        hint="Shown in bold before the text, e.g. “Why it matters”"
        value={block.label}
        onChange={(label) => onChange({ ...block, label })}
        error={errors[`${path}.label`]}
        disabled={readOnly}
      />
      <RichText {...rich(fieldId(p), errorAt(errors, p))} label="Labelled text" value={block.content} onChange={(content) => onChange({ ...block, content })} readOnly={readOnly} />
    </div>
  );
}

function QuoteFields({ block, path, errors, onChange, readOnly }: Props<'quote'>) {
  return (
    <div className="space-y-3">
      <TextInput
        id={fieldId(`${path}.text`)}
        label="Quote"
        multiline
        value={block.text}
        onChange={(text) => onChange({ ...block, text })}
        error={errors[`${path}.text`]}
        disabled={readOnly}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          id={fieldId(`${path}.speaker`)}
          label="Speaker"
          value={block.speaker}
          onChange={(speaker) => onChange({ ...block, speaker })}
          error={errors[`${path}.speaker`]}
          disabled={readOnly}
        />
        <TextInput
          id={fieldId(`${path}.context`)}
          label="Context"
          hint="Who they are or where they said it"
          value={block.context}
          onChange={(context) => onChange({ ...block, context })}
          error={errors[`${path}.context`]}
          disabled={readOnly}
        />
      </div>
    </div>
  );
}

function SubheadingFields({ block, path, errors, onChange, readOnly }: Props<'subheading'>) {
  return (
    <TextInput
      id={fieldId(`${path}.text`)}
      label="Subheading"
      value={block.text}
      onChange={(text) => onChange({ ...block, text })}
      error={errors[`${path}.text`]}
      disabled={readOnly}
    />
  );
}

function ImageFields({ block, path, errors, onChange, readOnly }: Props<'image'>) {
  return (
    <div className="space-y-3">
      <MediaPicker
        id={fieldId(`${path}.mediaId`)}
        label="Image"
        mediaId={block.mediaId || null}
        error={errors[`${path}.mediaId`]}
        disabled={readOnly}
        onPick={(m) => onChange({ ...block, mediaId: m.id, alt: block.alt || m.alt, caption: block.caption || m.caption, credit: block.credit || m.credit })}
      />
      <TextInput
        id={fieldId(`${path}.alt`)}
        label="Alt text"
        hint="What the image shows, for readers who cannot see it"
        value={block.alt}
        onChange={(alt) => onChange({ ...block, alt })}
        error={errors[`${path}.alt`]}
        disabled={readOnly}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          id={fieldId(`${path}.caption`)}
          label="Caption"
          value={block.caption}
          onChange={(caption) => onChange({ ...block, caption })}
          error={errors[`${path}.caption`]}
          disabled={readOnly}
        />
        <TextInput
          id={fieldId(`${path}.credit`)}
          label="Credit"
          value={block.credit}
          onChange={(credit) => onChange({ ...block, credit })}
          error={errors[`${path}.credit`]}
          disabled={readOnly}
        />
      </div>
    </div>
  );
}

function ListFields({ block, path, errors, onChange, readOnly }: Props<'list'>) {
  const setItem = (i: number, spans: Inline[]) => onChange({ ...block, items: block.items.map((it, j) => (j === i ? spans : it)) });
  return (
    <div className="space-y-3">
      <Checkbox id={fieldId(`${path}.ordered`)} label="Numbered list" checked={block.ordered} onChange={(ordered) => onChange({ ...block, ordered })} disabled={readOnly} />
      <ol className="space-y-3">
        {block.items.map((item, i) => {
          const p = `${path}.items.${i}`;
          return (
            <li key={i} className="flex items-start gap-2">
              <div className="min-w-0 grow">
                <RichText {...rich(fieldId(p), errorAt(errors, p))} label={`Item ${i + 1}`} value={item} onChange={(spans) => setItem(i, spans)} readOnly={readOnly} />
              </div>
              <button
                type="button"
                className={`${secondaryButtonClass} mt-6`}
                disabled={readOnly || block.items.length === 1}
                onClick={() => onChange({ ...block, items: block.items.filter((_, j) => j !== i) })}
              >
                Remove<span className="sr-only"> item {i + 1}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className={secondaryButtonClass} disabled={readOnly} onClick={() => onChange({ ...block, items: [...block.items, []] })}>
        Add list item
      </button>
    </div>
  );
}

function BackgroundFields({ block, path, errors, onChange, readOnly }: Props<'background'>) {
  type Item = (typeof block.items)[number];
  const setItem = (i: number, item: Item) => onChange({ ...block, items: block.items.map((it, j) => (j === i ? item : it)) });
  return (
    <div className="space-y-3">
      <TextInput
        id={fieldId(`${path}.title`)}
        label="Heading"
        value={block.title}
        onChange={(title) => onChange({ ...block, title })}
        error={errors[`${path}.title`]}
        disabled={readOnly}
      />
      <ol className="space-y-3">
        {block.items.map((item, i) => {
          const p = `${path}.items.${i}`;
          const mode = item.articleId !== undefined ? 'article' : item.url !== undefined ? 'url' : 'none';
          const itemError = errors[p];
          return (
            <li key={i} className="rounded border border-line bg-white p-3">
              <fieldset className="space-y-2" aria-describedby={itemError ? `${fieldId(p)}-error` : undefined}>
                <legend className="text-sm font-semibold">Background item {i + 1}</legend>
                <TextInput
                  id={fieldId(`${p}.text`)}
                  label="Link text"
                  value={item.text}
                  onChange={(text) => setItem(i, { ...item, text })}
                  error={errors[`${p}.text`]}
                  disabled={readOnly}
                />
                <SelectInput
                  id={fieldId(`${p}.mode`)}
                  label="Links to"
                  value={mode}
                  disabled={readOnly}
                  onChange={(m) => setItem(i, m === 'article' ? { text: item.text, articleId: '' } : m === 'url' ? { text: item.text, url: '' } : { text: item.text })}
                  options={[
                    { value: 'article', label: 'An earlier article of ours' },
                    { value: 'url', label: 'An external page (URL)' },
                    { value: 'none', label: 'Nothing (plain text)' },
                  ]}
                />
                {mode === 'article' && (
                  <ArticlePicker
                    id={fieldId(`${p}.articleId`)}
                    articleId={item.articleId || undefined}
                    disabled={readOnly}
                    onPick={(hit) => setItem(i, { text: item.text || hit.title, articleId: hit.id })}
                    onClear={() => setItem(i, { text: item.text, articleId: '' })}
                  />
                )}
                {mode === 'url' && (
                  <TextInput
                    id={fieldId(`${p}.url`)}
                    label="Address"
                    type="url"
                    inputMode="url"
                    placeholder="https://…"
                    value={item.url ?? ''}
                    onChange={(url) => setItem(i, { text: item.text, url })}
                    error={errors[`${p}.url`]}
                    disabled={readOnly}
                  />
                )}
                {itemError && (
                  <p id={`${fieldId(p)}-error`} className="text-sm font-medium text-brand">
                    {itemError}
                  </p>
                )}
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={readOnly || block.items.length === 1}
                  onClick={() => onChange({ ...block, items: block.items.filter((_, j) => j !== i) })}
                >
                  Remove<span className="sr-only"> background item {i + 1}</span>
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className={secondaryButtonClass} disabled={readOnly} onClick={() => onChange({ ...block, items: [...block.items, { text: '' }] })}>
        Add background item
      </button>
      <BackgroundSuggestions
        linked={block.items.flatMap((i) => (i.articleId ? [i.articleId] : []))}
        disabled={readOnly}
        onAdd={(hit) => {
          const item = { text: hit.title, articleId: hit.id };
          // An untouched item takes it; otherwise it is added at the end.
          const blank = block.items.findIndex((i) => !i.text.trim() && !i.articleId && !i.url);
          onChange({ ...block, items: blank >= 0 ? block.items.map((it, j) => (j === blank ? item : it)) : [...block.items, item] });
        }}
      />
    </div>
  );
}

const PROVIDER_LABELS: Record<(typeof embedProviders)[number], string> = {
  youtube: 'YouTube',
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  telegram: 'Telegram',
  other: 'Other',
};

function EmbedFields({ block, path, errors, onChange, readOnly }: Props<'embed'>) {
  return (
    <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
      <SelectInput
        id={fieldId(`${path}.provider`)}
        label="Provider"
        value={block.provider}
        onChange={(provider) => onChange({ ...block, provider: provider as typeof block.provider })}
        options={embedProviders.map((p) => ({ value: p, label: PROVIDER_LABELS[p] }))}
        error={errors[`${path}.provider`]}
        disabled={readOnly}
      />
      <TextInput
        id={fieldId(`${path}.url`)}
        label="Embed URL"
        type="url"
        inputMode="url"
        placeholder="https://…"
        value={block.url}
        onChange={(url) => onChange({ ...block, url })}
        error={errors[`${path}.url`]}
        disabled={readOnly}
      />
      <TextInput
        id={fieldId(`${path}.title`)}
        className="sm:col-span-2"
        label="Embed title"
        hint="Describes the embedded post or video"
        value={block.title}
        onChange={(title) => onChange({ ...block, title })}
        error={errors[`${path}.title`]}
        disabled={readOnly}
      />
    </div>
  );
}
