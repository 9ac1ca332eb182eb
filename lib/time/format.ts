/**
 * Date formatting in the site's time zone and an edition's locale (en-GB,
 * uk-UA, ru-RU; Node ships full ICU). Pure functions, no framework imports.
 * Day–month order and the genitive month ("25 жовтня") come from ICU; the
 * layout ("Weekday, day month year, hh:mm", 24-hour clock) is ours in every
 * language, as on the reference site.
 */

/**
 * Creating an Intl.DateTimeFormat costs far more than using one (it loads
 * locale and zone data): one instance per zone and option set, kept for the
 * life of the process. The set of keys is small (a few option sets × the
 * site's time zone).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'en-GB') {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone, options, locale).formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** "пʼятниця" → "Пʼятниця": weekdays start a dateline (Ukrainian and Russian write them in lower case). */
const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** "Friday, 25 October 2024, 13:37" (uk-UA: "Пʼятниця, 25 жовтня 2024, 13:37") in the given zone. */
export function formatDateline(date: Date, timeZone: string, locale = 'en-GB'): string {
  const p = parts(
    date,
    timeZone,
    {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    },
    locale,
  );
  return `${capitalise(p.weekday)}, ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

/** "25 October 2024" ("25 жовтня 2024") in the given zone. */
export function formatDate(date: Date, timeZone: string, locale = 'en-GB'): string {
  const p = parts(date, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }, locale);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "13:37" in the given zone. */
export function formatTime(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/** "Friday, 25 October" ("Пʼятниця, 25 жовтня") — a heading for a day of news. */
export function formatDay(date: Date, timeZone: string, locale = 'en-GB'): string {
  const p = parts(date, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }, locale);
  return `${capitalise(p.weekday)}, ${p.day} ${p.month}`;
}

/** The calendar date in the zone as { year, month, day } zero-padded strings. */
export function localDate(date: Date, timeZone: string): { year: string; month: string; day: string } {
  const p = parts(date, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return { year: p.year, month: p.month, day: p.day };
}

/** "2024-10-25": groups articles by local day. */
export function dayKey(date: Date, timeZone: string): string {
  const { year, month, day } = localDate(date, timeZone);
  return `${year}-${month}-${day}`;
}

/** True when the article was edited meaningfully after publication (over a minute later). */
export function wasUpdated(publishedAt: Date, updatedAt: Date | null | undefined): updatedAt is Date {
  return !!updatedAt && updatedAt.getTime() - publishedAt.getTime() > 60_000;
}

/** The instant a calendar day ("2026-12-04") begins in `timeZone` (midnight, or the first moment after a DST gap). */
export function zonedDayStart(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d);
  // The zone's offset at an instant: its wall-clock time read as UTC, minus the instant.
  const offsetAt = (instant: number) => {
    const p = parts(new Date(instant), timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - instant;
  };
  // Two passes settle on the offset in force at that midnight (it may differ from the guess's across a change).
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}
