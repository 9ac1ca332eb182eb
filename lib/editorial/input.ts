import { z } from 'zod';
import { bodySchema } from '../blocks/schema';
import { controlMessage, isPlainLine, isPlainText } from '../validation/text';
import { httpUrl } from '../validation/url';

/**
 * What the editor sends: every editable field of an article. Validated on the
 * server; errors are keyed by field name so the form can show them in place.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export { EDITION_CODES as LANGUAGES } from '../i18n/languages';
import { EDITION_CODES as LANGUAGES } from '../i18n/languages';

const optionalUrl = httpUrl({ max: 500 });

export const articleInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Title is required').max(300, 'Title is too long (300 characters at most)').refine(isPlainLine, controlMessage('Title')),
    slug: z.string().trim().min(1, 'Slug is required').max(200, 'Slug is too long').regex(SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens'),
    standfirst: z.string().trim().max(600, 'Standfirst is too long (600 characters at most)').refine(isPlainText, controlMessage('Standfirst')).default(''),
    sectionId: z.string().uuid('Choose a section'),
    /** Tag names; unknown names are created (by editors: ./write.ts). */
    tags: z
      .array(z.string().trim().min(1).max(60, 'Tag names are 60 characters at most').refine(isPlainLine, controlMessage('Tag names')))
      .max(20, 'At most 20 tags')
      .default([]),
    authorIds: z.array(z.string().uuid()).max(5, 'At most 5 authors').default([]),
    heroId: z.string().uuid().nullable().default(null),
    heroAlt: z.string().trim().max(300).refine(isPlainLine, controlMessage('Alt text')).default(''),
    heroCaption: z.string().trim().max(500).refine(isPlainLine, controlMessage('Caption')).default(''),
    heroCredit: z.string().trim().max(200).refine(isPlainLine, controlMessage('Credit')).default(''),
    sourceName: z.string().trim().max(120).refine(isPlainLine, controlMessage('Source')).default(''),
    sourceUrl: optionalUrl.default(''),
    citingName: z.string().trim().max(120).refine(isPlainLine, controlMessage('Outlet')).default(''),
    citingUrl: optionalUrl.default(''),
    language: z.enum(LANGUAGES).default('en'),
    featured: z.boolean().default(false),
    body: bodySchema,
  })
  .superRefine((a, ctx) => {
    if (a.heroId && !a.heroAlt) ctx.addIssue({ code: 'custom', path: ['heroAlt'], message: 'Describe the image for readers who cannot see it' });
    if (a.citingName && !a.sourceName) ctx.addIssue({ code: 'custom', path: ['sourceName'], message: 'Name the source before the outlet it cites' });
  });

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** "Kyiv rail link: the new timetable" → "kyiv-rail-link-the-new-timetable". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Ukrainian and Russian letters in Latin ones (a simple national-passport style), other text as it is. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ё: 'e',
  ы: 'y',
  э: 'e',
  ъ: '',
};

/** "Київ" → "Kyiv": for slugs of Cyrillic names (slugify() drops letters outside a–z). */
export function transliterate(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = CYRILLIC[lower];
      if (latin === undefined) return ch;
      return ch !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
    })
    .join('');
}
