import { z } from 'zod';
import { isHttpUrl } from './href';

export { isHttpUrl, isSafeHref, isSitePath } from './href';

/**
 * An http(s) URL field: trimmed, at most `max` characters, '' allowed unless
 * `required`. With a `label` the messages name the field ("Site URL must be
 * …"); without one they state the rule, for forms that show the label beside
 * the message. The one URL validator of forms, the editor and article blocks.
 */
export function httpUrl({ label, required = false, max = 2000 }: { label?: string; required?: boolean; max?: number } = {}) {
  const name = label ? `${label} ` : '';
  const base = z
    .string(label ? { error: `${label} is required.` } : undefined)
    .trim()
    .max(max, label ? `${label} must be at most ${max} characters.` : `must be at most ${max} characters`);
  const rule = label ? `${name}must be a full http:// or https:// address.` : 'must be a full http(s):// address';
  return required
    ? base.min(1, label ? `${label} is required.` : 'is required').refine(isHttpUrl, rule)
    : base.refine((v) => v === '' || isHttpUrl(v), label ? `${name}must be empty or a full http:// or https:// address.` : rule);
}
