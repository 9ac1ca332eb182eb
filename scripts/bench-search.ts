/**
 * How fast edition search is at newsroom scale (issue 12, ADR 021 point 6 and
 * ADR 022: p95 under 50 ms at 100,000 articles).
 *
 *   npm run bench:search                                   # scratch database, dropped at the end
 *   npm run bench:search -- --database search_bench_kept   # create it once (kept), reuse it later
 *   npm run bench:search -- --articles 100000 --rounds 5 --explain
 *
 * 1. Creates (or reuses, with --database) a database on the server of
 *    BENCH_ADMIN_URL, else postgresql://postgres@127.0.0.1:5432/postgres, with
 *    --articles published articles (plus 5% drafts that must never be found):
 *    45% Ukrainian, 30% English, 25% Russian, each with a title, a standfirst
 *    and a body of 250–450 words in its language. The words follow Zipf's law
 *    over a vocabulary of real news words in their inflected forms (вибори,
 *    виборів, виборах…) at the top and some thousands of made-up words with
 *    that language's endings in the tail, so there are common words in most
 *    articles and rare ones in a few, as in a real archive.
 * 2. Runs a query mix per edition through lib/search/articles.ts
 *    (findArticleIds, first page of 20, as the search page asks) —
 *    common words, rare words, inflected forms, prefixes, two words, a phrase,
 *    an exclusion, no-hit words — --rounds times after one warm-up round, one
 *    query at a time, and prints p50/p95/p99 per edition (and per kind of
 *    query), timed in this process around the whole call.
 */
import { parseArgs } from 'node:util';
import os from 'node:os';
import pg from 'pg';
import { migrate } from '../tools/db/migrate.ts';
import { editionQuery } from '../lib/search/query.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    database: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    explain: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const ROUNDS = Number(values.rounds);
if (values.database && !/^search_[a-z0-9_]+$/.test(values.database)) throw new Error('--database must be a name starting with search_ (letters, digits, _)');
const dbName = values.database ?? `search_bench_${Date.now().toString(36)}`;
const keep = !!values.database;
const admin = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const url = new URL(admin);
url.pathname = `/${dbName}`;

// ------------------------------------------------------------------ text

/** A deterministic random generator (mulberry32), so every run builds the same archive. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(12);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

interface Language {
  code: 'uk' | 'en' | 'ru';
  share: number;
  /** Function words, a third of the running text. */
  stop: string[];
  /** Real news words: each entry is one word's forms (the first is its dictionary form). */
  families: string[][];
  syllables: string[];
  endings: string[];
}

const split = (s: string) => s.split(/\s*;\s*/).map((f) => f.split(/\s+/));

const UK: Language = {
  code: 'uk',
  share: 0.45,
  stop: 'і в у на з що не до за як це та його від для про але вже також після під її ще який яка які їх ми він вона вони коли через щоб тому'.split(' '),
  families: split(
    'Україна України Україні Україну Україною; уряд уряду урядом урядові; вибори виборів виборах виборами; президент президента президентом президентові; війна війни війні війною; ' +
      'місто міста місті містом містах; Київ Києва Києві Києвом; ціна ціни ціні цінами цінах цін; гроші грошей грошима; закон закону законом законі законів; ' +
      'депутат депутати депутатів депутатами; область області областей областях; енергетика енергетики енергетиці; економіка економіки економіці; бюджет бюджету бюджеті бюджетом; ' +
      'школа школи школі школах шкіл; лікарня лікарні лікарень лікарнях; вчитель вчителі вчителів; дорога дороги дорозі доріг дорогами; міст мосту мости мостів; ' +
      'пʼятниця пʼятниці пʼятницю; субота суботи суботу; неділя неділі неділю; рік року році роки років; тиждень тижня тижні тижнів; ' +
      'зима зими зимою зиму; світло світла світлом; газ газу газом; тариф тарифи тарифів тарифами; вибір вибору виборі; ' +
      'Львів Львова Львові; Харків Харкова Харкові; Одеса Одеси Одесі; громада громади громаді громад; мер мера мером; ' +
      'рада ради раді радою; суд суду суді судом; прокурор прокурора прокурори; поліція поліції поліцією; армія армії армією; ' +
      'ракета ракети ракет ракетами; обстріл обстрілу обстріли обстрілів; відновлення відновлювати відновили; будівництво будівництва будували; ' +
      'новий нова нове нові нового новій нових; великий велика великі великого; український українська українські українського; міжнародний міжнародна міжнародних; ' +
      'говорити говорить говорили сказав сказала; зустрітися зустрілися зустріч зустрічі; працювати працює працюють працювали; заявити заявив заявила заява заяви; ' +
      'фермер фермери фермерів; зерно зерна зерном; врожай врожаю врожаї; експорт експорту експортом; ринок ринку ринки ринків',
  ),
  syllables: 'ко ра ні ва ло ст мі до бу ре те ли па ви на гу жи че ти зо ся ду бо ле ма го пі са ні рі ку ша'.split(' '),
  endings: ['а', 'и', 'і', 'у', 'ою', 'ам', 'ами', 'ах', 'ів', 'ий', 'ого', 'их'],
};

const RU: Language = {
  code: 'ru',
  share: 0.25,
  stop: 'и в не на с что как это по к но из у от за для о же так все его она они мы бы уже ещё при до после'.split(' '),
  families: split(
    'выборы выборов выборах выборами; правительство правительства правительством правительстве; президент президента президентом; война войны войне войной; ' +
      'Москва Москвы Москве Москвой; город города городе городах; цена цены ценах ценами; деньги денег деньгами; закон закона законом законе законов; ' +
      'депутат депутаты депутатов; область области областях; энергетика энергетики энергетике; экономика экономики экономике экономический экономические; бюджет бюджета бюджете; ' +
      'школа школы школе школах; больница больницы больнице; учитель учителя учителей; дорога дороги дороге дорог; мост моста мосты мостов; ' +
      'пятница пятницы пятницу; суббота субботы субботу; год года году годы лет; неделя недели неделю; зима зимы зимой; ' +
      'свет света светом; газ газа газом; тариф тарифы тарифов; суд суда суде судом; полиция полиции полицией; ' +
      'новый новая новые нового новых; большой большая большие; международный международная международных; ' +
      'говорить говорит говорили сказал сказала; встреча встречи встретились; работать работает работают работали; заявить заявил заявила заявление; ' +
      'рынок рынка рынке рынков; экспорт экспорта экспортом; зерно зерна урожай урожая; Киев Киева Киеве; ёлка ёлки ёлку',
  ),
  syllables: 'ко ра ни ва ло ст ми до бу ре те ли па вы на гу жи че ты зо ся ду бо ле ма го пи са ри ку ша'.split(' '),
  endings: ['а', 'ы', 'е', 'у', 'ой', 'ам', 'ами', 'ах', 'ов', 'ый', 'ого', 'ых'],
};

const EN: Language = {
  code: 'en',
  share: 0.3,
  stop: 'the of and to in a is that for on was with as by at it from his her their has have be this are which an'.split(' '),
  families: split(
    'election elections elected electing; government governments governing; president presidents presidential; war wars; city cities; price prices priced pricing; ' +
      'money; law laws; budget budgets budgeting; school schools; hospital hospitals; teacher teachers teaching; road roads; bridge bridges; ' +
      'Friday Fridays; year years; week weeks weekly; winter winters; energy; gas; tariff tariffs; court courts; police; minister ministers; ' +
      'new; big; international; say says said saying; meet meeting met meetings; work works worked working; announce announced announcement; ' +
      'market markets; export exports exported; grain harvest harvests; Kyiv Lviv Odesa; climate change changes changed; coal wind solar; council councils; flood floods flooding',
  ),
  syllables: 'ko ra ni va lo st mi do bu re te li pa vi na gu ji che ti zo si du bo le ma go pi sa ri ku sha'.split(' '),
  endings: ['', 's', 'ing', 'ed', 'er', 'ers', 'ly'],
};

const LANGUAGES = [UK, EN, RU];
/** Made-up words per language, in Zipf ranks after the real ones. */
const SYNTHETIC = 6000;

interface Vocabulary {
  lemmas: string[][];
  cumulative: Float64Array;
}

function vocabulary(lang: Language): Vocabulary {
  const made = rng(lang.code.charCodeAt(0) * 7 + lang.code.charCodeAt(1));
  const seen = new Set<string>();
  const lemmas: string[][] = [];
  while (lemmas.length < SYNTHETIC) {
    const n = 2 + Math.floor(made() * 2);
    let stem = '';
    for (let i = 0; i < n; i++) stem += lang.syllables[Math.floor(made() * lang.syllables.length)];
    stem += lang.code === 'en' ? 'n' : 'н';
    if (seen.has(stem)) continue;
    seen.add(stem);
    lemmas.push([stem + lang.endings[0], stem + lang.endings[1 + Math.floor(made() * 3)], stem + lang.endings[4 + Math.floor(made() * (lang.endings.length - 4))]]);
  }
  // The real words at ranks 8, 9, 10 … about 2,000 (each 9% further down): the first in nearly every
  // article of its edition (as "Україна" in a Ukrainian outlet), the last in about one in a hundred.
  lang.families.forEach((forms, k) => lemmas.splice(Math.max(8 + k, Math.round(8 * 1.09 ** k)), 0, forms));
  const cumulative = new Float64Array(lemmas.length);
  let sum = 0;
  for (let r = 0; r < lemmas.length; r++) cumulative[r] = sum += 1 / (r + 1) ** 1.05;
  for (let r = 0; r < lemmas.length; r++) cumulative[r] /= sum;
  return { lemmas, cumulative };
}

function zipfWord(v: Vocabulary): string {
  const x = random();
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return pick(v.lemmas[lo]);
}

function sentence(lang: Language, v: Vocabulary, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random() < 0.33 ? pick(lang.stop) : zipfWord(v));
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function text(lang: Language, v: Vocabulary, words: number): string {
  const sentences: string[] = [];
  for (let left = words; left > 0;) {
    const n = Math.min(left, 8 + Math.floor(random() * 14));
    sentences.push(`${sentence(lang, v, n)}.`);
    left -= n;
  }
  return sentences.join(' ');
}

// ------------------------------------------------------------------ database

async function build(client: pg.Client): Promise<void> {
  const t0 = performance.now();
  await migrate(url.toString());
  await client.query(`INSERT INTO "SiteSettings" ("id") VALUES (1) ON CONFLICT DO NOTHING`);
  await client.query(`INSERT INTO "Section" ("id","slug","name") SELECT 's' || i, 'section-' || i, 'Section ' || i FROM generate_series(1, 8) i ON CONFLICT DO NOTHING`);
  const vocab = new Map(LANGUAGES.map((l) => [l.code, vocabulary(l)]));
  const total = Math.round(ARTICLES / 0.95);
  const BATCH = 500;
  const now = Date.now();
  for (let start = 0; start < total; start += BATCH) {
    const rows: unknown[] = [];
    const tuples: string[] = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const x = random();
      const lang = x < UK.share ? UK : x < UK.share + EN.share ? EN : RU;
      const v = vocab.get(lang.code)!;
      const draft = i % 20 === 19;
      const p = rows.length;
      tuples.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}::"ArticleStatus", $${p + 7}::timestamp, $${p + 8})`);
      rows.push(
        `bench-${i}`,
        `bench-${i}`,
        lang.code,
        text(lang, v, 6 + Math.floor(random() * 5)).replace(/\.$/, ''),
        text(lang, v, 15 + Math.floor(random() * 11)),
        draft ? 'DRAFT' : 'PUBLISHED',
        draft ? null : new Date(now - i * 7 * 60_000).toISOString(),
        `s${1 + (i % 8)}`,
      );
      rows.push(text(lang, v, 250 + Math.floor(random() * 201)));
      tuples[tuples.length - 1] = tuples[tuples.length - 1].replace(/\)$/, `, $${p + 9})`);
    }
    await client.query(`INSERT INTO "Article" ("id","slug","language","title","standfirst","status","publishedAt","sectionId","bodyText") VALUES ${tuples.join(', ')}`, rows);
    if ((start / BATCH) % 40 === 0) process.stdout.write(`\r  ${start.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} articles`);
  }
  await client.query('VACUUM ANALYZE "Article"');
  process.stdout.write('\r');
  console.log(`Built ${dbName}: ${total.toLocaleString('en-US')} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

// ------------------------------------------------------------------ queries

type Kind = 'common' | 'inflected' | 'rare' | 'prefix' | 'two words' | 'phrase' | 'exclusion' | 'no hit';

/** The query mix per edition; rare words are drawn from the tail of the same vocabularies. */
function queries(lang: Language): [Kind, string][] {
  const v = vocabulary(lang);
  const rare = (rank: number, form: number) => v.lemmas[rank][form % v.lemmas[rank].length];
  const tail = 0;
  const shared: [Kind, string][] = [
    ['rare', rare(tail + 2500, 1)],
    ['rare', rare(tail + 4200, 2)],
    ['rare', rare(tail + 5900, 0)],
  ];
  if (lang.code === 'uk')
    return [
      ['common', 'Україна'],
      ['common', 'уряд'],
      ['inflected', 'виборах'],
      ['inflected', 'президентом'],
      ['inflected', "п'ятниці"],
      ['inflected', 'вибір'],
      ['inflected', 'Києві'],
      ...shared,
      ['prefix', 'енерг'],
      ['prefix', 'міжнар*'],
      ['two words', 'ціни газ'],
      ['two words', 'школи Львові'],
      ['phrase', '"новий закон"'],
      ['exclusion', 'тарифи -газ'],
      ['no hit', 'ґзщфкс'],
      ['no hit', 'абракадабра'],
    ];
  if (lang.code === 'ru')
    return [
      ['common', 'правительство'],
      ['common', 'Москва'],
      ['inflected', 'выборах'],
      ['inflected', 'президентом'],
      ['inflected', 'елку'],
      ...shared,
      ['prefix', 'эконом*'],
      ['two words', 'цены газ'],
      ['two words', 'школы Киеве'],
      ['phrase', '"новый закон"'],
      ['exclusion', 'тарифы -газ'],
      ['no hit', 'щзфкхж'],
    ];
  return [
    ['common', 'government'],
    ['common', 'election'],
    ['inflected', 'elections'],
    ['inflected', 'meetings'],
    ...shared,
    ['two words', 'budget schools'],
    ['two words', 'flood bridges'],
    ['phrase', '"climate change"'],
    ['exclusion', 'energy -coal'],
    ['no hit', 'xyzzyqq'],
  ];
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (n: number) => n.toFixed(1).padStart(6);

async function main() {
  const server = new pg.Client({ connectionString: admin });
  await server.connect();
  const exists = (await server.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount! > 0;
  if (!exists) await server.query(`CREATE DATABASE "${dbName}"`);
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    const have = exists ? Number((await client.query(`SELECT count(*) AS n FROM "Article" WHERE "status" = 'PUBLISHED'`)).rows[0].n) : 0;
    if (have === 0) await build(client);
    else console.log(`Reusing ${dbName}`);
    const counts = await client.query<{ language: string; n: string }>(`SELECT "language", count(*) AS n FROM "Article" WHERE "status" = 'PUBLISHED' GROUP BY 1 ORDER BY 1`);
    const size = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('"Article"')) AS size`);
    console.log(`published: ${counts.rows.map((r) => `${r.language} ${Number(r.n).toLocaleString('en-US')}`).join(', ')}; "Article" with indexes and TOAST ${size.rows[0].size}`);

    process.env.DATABASE_URL = url.toString();
    const { findArticleIds, RANK_WINDOW } = await import('../lib/search/articles.ts');
    const { db } = await import('../lib/db/client.ts');
    console.log(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), load average before ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`${ROUNDS} rounds after a warm-up round; first page of 20; ms per call\n`);
    console.log('edition  queries    p50    p95    p99    max');
    const byKind = new Map<string, number[]>();
    const hitsOf = new Map<string, string>();
    for (const lang of LANGUAGES) {
      const mix = queries(lang);
      const times: number[] = [];
      for (let round = 0; round <= ROUNDS; round++) {
        for (const [kind, q] of mix) {
          const t = performance.now();
          const { total, totalIsEstimate } = await findArticleIds(lang.code, q, 1, 20);
          const ms = performance.now() - t;
          if (round === 0) {
            hitsOf.set(`${lang.code} ${q}`, `${totalIsEstimate ? '~' : ''}${total}`);
            continue;
          }
          times.push(ms);
          const key = `${lang.code} ${kind}`;
          byKind.set(key, [...(byKind.get(key) ?? []), ms]);
        }
      }
      times.sort((a, b) => a - b);
      console.log(`${lang.code.padEnd(7)} ${String(times.length).padStart(8)} ${fmt(pct(times, 50))} ${fmt(pct(times, 95))} ${fmt(pct(times, 99))} ${fmt(times.at(-1)!)}`);
    }
    console.log(
      `\nload average after ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n\nper kind of query (p50 / max ms):`,
    );
    for (const [key, t] of byKind) {
      t.sort((a, b) => a - b);
      console.log(`  ${key.padEnd(16)} ${fmt(pct(t, 50))} / ${fmt(t.at(-1)!)}`);
    }
    console.log("\nmatches per query (~ PostgreSQL's estimate, above the rank window):");
    for (const lang of LANGUAGES)
      console.log(
        `  ${lang.code}: ${queries(lang)
          .map(([, q]) => `${q} ${hitsOf.get(`${lang.code} ${q}`)}`)
          .join(' · ')}`,
      );
    if (values.explain) {
      for (const lang of LANGUAGES) {
        for (const [kind, q] of queries(lang).filter(([k]) => k === 'common' || k === 'prefix' || k === 'two words')) {
          const eq = editionQuery(lang.code, q)!;
          const fn = eq.syntax === 'websearch' ? 'websearch_to_tsquery' : 'to_tsquery';
          const arg = eq.syntax === 'websearch' ? '$2' : 'search_fold($2)';
          // The statement of lib/search/articles.ts for the first page of 20.
          const plan = await client.query(
            `EXPLAIN (ANALYZE, BUFFERS) WITH m AS (
               SELECT a."id", a."publishedAt", a."search" FROM "Article" a
               WHERE a."language" = $1 AND a."status" = 'PUBLISHED' AND a."publishedAt" IS NOT NULL AND a."search" @@ ${fn}('${eq.config}'::regconfig, ${arg})
               ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${RANK_WINDOW + 1}
             ), n AS (SELECT m.*, row_number() OVER (ORDER BY m."publishedAt" DESC, m."id" DESC) AS pos, count(*) OVER () AS seen FROM m)
             SELECT n."id", n.seen FROM n
             ORDER BY CASE WHEN n.pos <= ${RANK_WINDOW} THEN ts_rank(n."search", ${fn}('${eq.config}'::regconfig, ${arg})) END DESC NULLS LAST, n."publishedAt" DESC, n."id" DESC LIMIT 20`,
            [lang.code, eq.text],
          );
          console.log(`\n-- ${lang.code} ${kind} ${q}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
        }
      }
    }
    await db().$disconnect();
  } finally {
    await client.end().catch(() => {});
    if (!keep) await server.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    else console.log(`\nkept ${dbName} (run again with --database ${dbName}; DROP DATABASE ${dbName} when done)`);
    await server.end();
  }
}

await main();
