import { randomUUID } from 'node:crypto';
import { bodySchema, bodyToText, type Block, type Body, type Inline } from '../../lib/blocks/schema.ts';
import type { ArticleSeed, Chunk, Language } from './content/types.ts';
import { OUTLETS, outletName, TAG_LANGUAGE } from './content/site.ts';

/**
 * Pure helpers that turn the compact article seeds into database rows:
 * Kyiv-local publication times relative to "now", inline markup, bodies that
 * pass `bodySchema`, and Background links checked to point backwards in time.
 */

export const TIME_ZONE = 'Europe/Kyiv';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------- time

/** Offset of the zone from UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The local calendar date (y, m0, d) of an instant in a zone. */
function localDate(instant: number, timeZone: string): [number, number, number] {
  const local = new Date(instant + zoneOffset(instant, timeZone));
  return [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
}

/** The instant at which the wall clock in `timeZone` shows the given local date and time. */
export function zonedTime(y: number, m0: number, d: number, hh: number, mm: number, timeZone = TIME_ZONE): Date {
  const guess = Date.UTC(y, m0, d, hh, mm);
  let t = guess - zoneOffset(guess, timeZone);
  t = guess - zoneOffset(t, timeZone); // second pass settles DST edges
  return new Date(t);
}

/** `daysAgo` days before today's date in Kyiv, at local time `hhmm`. */
export function kyivTime(now: Date, daysAgo: number, hhmm: string): Date {
  const [y, m0, d] = localDate(now.getTime(), TIME_ZONE);
  const [hh, mm] = hhmm.split(':').map(Number);
  return zonedTime(y, m0, d - daysAgo, hh, mm);
}

const weekdayFmt = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long' });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Day + genitive month in uk and ru ("9 листопада", "9 ноября"); ICU gives these forms itself. */
const dateFmt: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long' }),
  uk: new Intl.DateTimeFormat('uk', { timeZone: TIME_ZONE, day: 'numeric', month: 'long' }),
  ru: new Intl.DateTimeFormat('ru', { timeZone: TIME_ZONE, day: 'numeric', month: 'long' }),
};
/**
 * What ICU does not give: weekdays in the accusative and months in the
 * locative, each with its preposition (Russian "во вторник" but "в среду").
 * Sunday first, as Date.getUTCDay counts.
 */
const WEEKDAYS: Record<'uk' | 'ru', string[]> = {
  uk: ['у неділю', 'у понеділок', 'у вівторок', 'у середу', 'у четвер', 'у пʼятницю', 'у суботу'],
  ru: ['в воскресенье', 'в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу'],
};
const IN_MONTHS: Record<'uk' | 'ru', string[]> = {
  uk: ['у січні', 'у лютому', 'у березні', 'у квітні', 'у травні', 'у червні', 'у липні', 'у серпні', 'у вересні', 'у жовтні', 'у листопаді', 'у грудні'],
  ru: ['в январе', 'в феврале', 'в марте', 'в апреле', 'в мае', 'в июне', 'в июле', 'в августе', 'в сентябре', 'в октябре', 'в ноябре', 'в декабре'],
};

/** Labels the build writes into bodies, per edition. */
export const BODY_LABELS: Record<Language, { details: string; background: string }> = {
  en: { details: 'Details', background: 'Background' },
  uk: { details: 'Подробиці', background: 'Контекст' },
  ru: { details: 'Подробности', background: 'Контекст' },
};

/**
 * Resolves the date tokens described in content/types.ts against a
 * publication time, in the given edition's language: {weekday[:-N]} and
 * {date[:-N]} count days, {month[:-N]} counts months; a bare {date} in a
 * background item is the linked article's date. A capital first letter
 * ({Weekday}) capitalises the result.
 */
export function resolveTokens(text: string, at: Date, linkedAt?: Date, language: Language = 'en'): string {
  return text.replace(/\{([Ww]eekday|[Dd]ate|[Mm]onth)(?::(-?\d+))?\}/g, (_m, token: string, n?: string) => {
    const kind = token.toLowerCase();
    const k = Number(n ?? 0);
    let out: string;
    if (kind === 'month') {
      const month = (((localDate(at.getTime(), TIME_ZONE)[1] + k) % 12) + 12) % 12;
      out = language === 'en' ? MONTHS[month] : IN_MONTHS[language][month];
    } else {
      const base = kind === 'date' && n === undefined && linkedAt ? linkedAt : at;
      const t = new Date(base.getTime() + k * DAY);
      if (kind === 'date') out = dateFmt[language].format(t);
      else if (language === 'en') out = weekdayFmt.format(t);
      else {
        const [y, m0, d] = localDate(t.getTime(), TIME_ZONE);
        out = WEEKDAYS[language][new Date(Date.UTC(y, m0, d)).getUTCDay()];
      }
    }
    return token[0] === token[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
  });
}

/**
 * Places the publication times. Stories whose intended time has not yet come
 * today (the seed may run at 03:00) are squeezed, in order, into the gap
 * between the last story already in the past and a few minutes ago, so every
 * PUBLISHED article is in the past and the order of the threads is kept.
 */
export function placeTimes(intended: Date[], now: Date): Date[] {
  const cutoff = now.getTime() - 5 * MINUTE;
  const order = intended.map((d, i) => [d.getTime(), i] as const).sort((a, b) => a[0] - b[0]);
  const past = order.filter(([t]) => t <= cutoff);
  const future = order.filter(([t]) => t > cutoff);
  const out = intended.map((d) => new Date(d));
  if (future.length) {
    const floor = past.length ? past[past.length - 1][0] : cutoff - 6 * HOUR;
    const step = (cutoff - floor) / (future.length + 1);
    future.forEach(([, i], k) => {
      out[i] = new Date(Math.round((floor + step * (k + 1)) / MINUTE) * MINUTE);
    });
  }
  return out;
}

// ---------------------------------------------------------------- text

/** Parses **bold**, *italic* and [text](href) into inline spans. */
export function inline(text: string): Inline[] {
  const spans: Inline[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) spans.push({ text: text.slice(last, m.index) });
    if (m[1] !== undefined) spans.push({ text: m[1], bold: true });
    else if (m[2] !== undefined) spans.push({ text: m[2], italic: true });
    else spans.push({ text: m[3], href: m[4] });
    last = m.index + m[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------- articles

export interface MediaRef {
  id: string;
}

export interface BuiltArticle {
  id: string;
  seed: ArticleSeed;
  language: Language;
  /** Shared by an English original and its translations; null for an article without translations. */
  translationGroup: string | null;
  /** Title, standfirst and hero caption with date tokens resolved. */
  title: string;
  standfirst: string;
  heroCaption: string;
  status: 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED';
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date | null;
  createdAt: Date;
  modifiedAt: Date;
  body: Body;
  bodyText: string;
}

/**
 * Builds every article: ids, times, bodies. Throws on anything a reader would
 * notice (a Background item pointing forward in time, an unknown tag, a body
 * the schema rejects), so bad demo data fails the seed, not the page.
 */
export function buildArticles(
  seeds: ArticleSeed[],
  now: Date,
  media: (key: string) => MediaRef,
  known: { sections: Set<string>; tags: Set<string>; authors: Set<string> },
): BuiltArticle[] {
  const slugs = new Set<string>();
  const lang = (s: ArticleSeed): Language => s.language ?? 'en';
  for (const s of seeds) {
    if (slugs.has(s.slug)) throw new Error(`seed: duplicate slug ${s.slug}`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.slug)) throw new Error(`seed: slug is not kebab-case: ${s.slug}`);
    slugs.add(s.slug);
    if (!known.sections.has(s.section)) throw new Error(`seed: ${s.slug}: unknown section ${s.section}`);
    for (const t of s.tags) if (!known.tags.has(t)) throw new Error(`seed: ${s.slug}: unknown tag ${t}`);
    for (const t of s.tags) {
      const tagLanguage = TAG_LANGUAGE.get(t);
      if (tagLanguage !== lang(s)) throw new Error(`seed: ${s.slug} (${lang(s)}): tag ${t} belongs to the ${tagLanguage ?? 'unknown'} edition`);
    }
    for (const a of s.authors) if (!known.authors.has(a)) throw new Error(`seed: ${s.slug}: unknown author ${a}`);
    if (!OUTLETS[s.source]) throw new Error(`seed: ${s.slug}: unknown source ${s.source}`);
    if (s.citing && !OUTLETS[s.citing]) throw new Error(`seed: ${s.slug}: unknown citing outlet ${s.citing}`);
    if (lang(s) !== 'en') checkText(s);
  }

  // Translation groups: an English original and at most one translation per other edition.
  const bySlug = new Map(seeds.map((s) => [s.slug, s]));
  const groups = new Map<string, string>(); // slug of the original -> group uuid
  const taken = new Set<string>(); // original slug + language
  for (const s of seeds) {
    if (!s.translationOf) continue;
    const original = bySlug.get(s.translationOf);
    if (!original) throw new Error(`seed: ${s.slug}: translationOf ${s.translationOf}, which is not a demo article`);
    if (lang(original) !== 'en' || original.translationOf) throw new Error(`seed: ${s.slug}: translationOf ${s.translationOf}, which is not an English original`);
    if (lang(s) === 'en') throw new Error(`seed: ${s.slug}: an English article cannot be a translation`);
    const key = `${original.slug}:${lang(s)}`;
    if (taken.has(key)) throw new Error(`seed: ${s.slug}: ${original.slug} already has a ${lang(s)} translation`);
    taken.add(key);
    if (!groups.has(original.slug)) groups.set(original.slug, randomUUID());
  }
  const groupOf = (s: ArticleSeed) => groups.get(s.translationOf ?? s.slug) ?? null;

  const published = seeds.filter((s) => !s.status);
  const placed = placeTimes(
    published.map((s) => kyivTime(now, s.at[0], s.at[1])),
    now,
  );
  const publishedAt = new Map(published.map((s, i) => [s.slug, placed[i]]));
  const ids = new Map(seeds.map((s) => [s.slug, randomUUID()]));

  return seeds.map((s) => {
    const pub = publishedAt.get(s.slug) ?? null;
    // Unpublished articles are written "as of" their intended slot, for the tokens.
    const ref = pub ?? kyivTime(now, s.at[0], s.at[1]);

    const backgroundItem = ([slug, text]: [string, string]) => {
      const targetId = ids.get(slug);
      const targetAt = publishedAt.get(slug);
      if (!targetId || !targetAt) throw new Error(`seed: ${s.slug}: background links to ${slug}, which is not a published demo article`);
      if (lang(bySlug.get(slug)!) !== lang(s)) throw new Error(`seed: ${s.slug}: background links to ${slug}, which is in another edition`);
      if (pub && targetAt.getTime() >= pub.getTime()) throw new Error(`seed: ${s.slug}: background links forward in time to ${slug}`);
      return { text: resolveTokens(text, ref, targetAt, lang(s)), articleId: targetId };
    };

    const r = (t: string) => resolveTokens(t, ref, undefined, lang(s));
    const labels = BODY_LABELS[lang(s)];
    const chunkToBlock = (c: Chunk): Block => {
      if (c === 'ad') return { type: 'ad' };
      if (typeof c === 'string') return { type: 'paragraph', content: inline(r(c)) };
      if ('details' in c) return { type: 'labelled', label: labels.details, content: inline(r(c.details)) };
      if ('label' in c) return { type: 'labelled', label: c.label, content: inline(r(c.text)) };
      if ('quote' in c) return { type: 'quote', text: r(c.quote), speaker: c.by, context: r(c.context ?? '') };
      if ('sub' in c) return { type: 'subheading', text: c.sub };
      if ('list' in c) return { type: 'list', ordered: c.ordered ?? false, items: c.list.map((i) => inline(r(i))) };
      if ('image' in c) {
        return { type: 'image', mediaId: media(c.image).id, alt: c.alt ?? c.caption, caption: r(c.caption), credit: c.credit ?? '' };
      }
      if ('embed' in c) return { type: 'embed', provider: c.embed, url: c.url, title: c.title };
      return { type: 'background', title: c.title ?? labels.background, items: c.bg.map(backgroundItem) };
    };

    const chunks: Chunk[] = [...s.body];
    if (s.background?.length) chunks.push({ bg: s.background });
    const body = bodySchema.parse(chunks.map(chunkToBlock));

    let updatedAt: Date | null = null;
    if (pub && s.updated) {
      const t = Math.min(pub.getTime() + s.updated * HOUR, now.getTime() - MINUTE);
      if (t > pub.getTime() + 10 * MINUTE) updatedAt = new Date(t);
    }
    const createdAt = new Date(ref.getTime() - (40 + (s.slug.length % 5) * 20) * MINUTE);
    const status = s.status ?? 'PUBLISHED';
    return {
      id: ids.get(s.slug)!,
      seed: s,
      language: lang(s),
      translationGroup: groupOf(s),
      title: r(s.title),
      standfirst: r(s.standfirst),
      heroCaption: r(s.heroCaption ?? ''),
      status,
      publishedAt: pub,
      scheduledAt: status === 'SCHEDULED' ? new Date(Math.ceil((now.getTime() + DAY) / (5 * MINUTE)) * 5 * MINUTE) : null,
      updatedAt,
      createdAt: pub ? createdAt : new Date(now.getTime() - 3 * HOUR),
      modifiedAt: updatedAt ?? pub ?? new Date(now.getTime() - 40 * MINUTE),
      body,
      bodyText: bodyToText(body),
    };
  });
}

/** Every text of an article, for the checks below. */
function seedTexts(s: ArticleSeed): string[] {
  const out = [s.title, s.standfirst, s.heroAlt ?? '', s.heroCaption ?? '', s.heroCredit ?? ''];
  for (const c of [...s.body, ...(s.background?.length ? [{ bg: s.background }] : [])]) {
    if (typeof c === 'string') out.push(c === 'ad' ? '' : c);
    else if ('details' in c) out.push(c.details);
    else if ('label' in c) out.push(c.label, c.text);
    else if ('quote' in c) out.push(c.quote, c.by, c.context ?? '');
    else if ('sub' in c) out.push(c.sub);
    else if ('list' in c) out.push(...c.list);
    else if ('image' in c) out.push(c.alt ?? '', c.caption, c.credit ?? '');
    else if ('embed' in c) out.push(c.title);
    else out.push(c.title ?? '', ...c.bg.map(([, t]) => t));
  }
  return out;
}

/**
 * A Ukrainian or Russian article is written in its language (its title,
 * standfirst and first paragraph are Cyrillic), and Ukrainian uses ʼ (U+02BC)
 * for the apostrophe, never ' or ’.
 */
function checkText(s: ArticleSeed): void {
  const cyrillic = /[\u0400-\u04FF]/;
  if (!cyrillic.test(s.title) || !cyrillic.test(s.standfirst)) throw new Error(`seed: ${s.slug}: a ${s.language} article needs a title and standfirst in its language`);
  for (const t of seedTexts(s)) {
    if (s.language === 'uk' && /[\u0400-\u04FF]['\u2019][\u0400-\u04FF]/.test(t)) throw new Error(`seed: ${s.slug}: write the Ukrainian apostrophe as ʼ (U+02BC): ${t}`);
    if (s.language === 'ru' && /[іїєґʼ]/i.test(t)) throw new Error(`seed: ${s.slug}: Ukrainian letters in a Russian article: ${t}`);
    if (s.language === 'uk' && /[ыэъё]/i.test(t)) throw new Error(`seed: ${s.slug}: Russian letters in a Ukrainian article: ${t}`);
  }
}

/** Source and citing URLs: the outlet's site plus a plausible article path. */
export function attribution(s: ArticleSeed, at: Date) {
  const src = OUTLETS[s.source];
  const cit = s.citing ? OUTLETS[s.citing] : undefined;
  const [y, m] = [at.getUTCFullYear(), String(at.getUTCMonth() + 1).padStart(2, '0')];
  const short = s.slug.split('-').slice(0, 6).join('-');
  const language = s.language ?? 'en';
  return {
    sourceName: outletName(s.source, language),
    sourceUrl: `${src.url}/news/${short}`,
    citingName: s.citing ? outletName(s.citing, language) : '',
    citingUrl: cit ? `${cit.url}/${y}/${m}/${short}` : '',
  };
}
