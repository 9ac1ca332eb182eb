/**
 * How fast Background suggestions are at newsroom scale (issue 11, part 6:
 * top 8 in under 100 ms at 100,000 articles).
 *
 *   npm run bench:render -- --articles 100000 --keep --phases none   # once: a kept 100,000-article database
 *   npm run bench:suggest -- --database bench_render_<id> [--drafts 40]
 *
 * Takes --drafts published articles of that database at random as drafts
 * (their title, standfirst, body text and tags, as the editor sends them),
 * asks lib/editorial/suggestions.ts for each (3 warm-up requests first), and
 * prints the time per request (p50, p95, max: the whole call, from this
 * process, one at a time) and the suggestions of one. Reads only. The server is that of BENCH_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432.
 */
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/db/client.ts';
import { suggestBackground, type SuggestionRequest } from '../lib/editorial/suggestions.ts';

const { values } = parseArgs({ options: { database: { type: 'string' }, drafts: { type: 'string', default: '40' } } });
if (!values.database || !/^[a-z0-9_]+$/.test(values.database)) {
  console.error('Give --database <name> of a kept bench database (npm run bench:render -- --articles 100000 --keep --phases none).');
  process.exit(2);
}
const server = (process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, '');
const db = createPrismaClient(`${server}/${values.database}`);
const DRAFTS = Number(values.drafts);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const total = await db.article.count({ where: { status: 'PUBLISHED' } });
  const picked = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Article" WHERE "status" = 'PUBLISHED' ORDER BY random() LIMIT ${DRAFTS + 3}`;
  const drafts: SuggestionRequest[] = [];
  for (const { id } of picked) {
    const a = await db.article.findUniqueOrThrow({
      where: { id },
      select: { language: true, title: true, standfirst: true, bodyText: true, tags: { select: { tag: { select: { name: true } } } } },
    });
    // Not through suggestionRequest: the generated articles' ids are not UUIDs.
    drafts.push({
      articleId: id,
      language: a.language as SuggestionRequest['language'],
      title: a.title,
      standfirst: a.standfirst,
      text: a.bodyText,
      tags: a.tags.map((t) => t.tag.name),
      exclude: [],
    });
  }
  console.log(`${values.database}: ${total.toLocaleString('en-US')} published articles; ${DRAFTS} drafts (+3 warm-up)`);
  const times: number[] = [];
  let sample: Awaited<ReturnType<typeof suggestBackground>> = [];
  for (const [i, d] of drafts.entries()) {
    const t = performance.now();
    const out = await suggestBackground(db, d);
    const ms = performance.now() - t;
    if (i >= 3) times.push(ms);
    if (i === 3) sample = out;
  }
  times.sort((a, b) => a - b);
  console.log(
    `per request: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms`,
  );
  console.log(`\nfor “${drafts[3].title}”:`);
  for (const s of sample) console.log(`  ${s.score.toFixed(3)}  ${s.publishedAt.slice(0, 10)}  ${s.sharedTags} tag(s)  ${s.title}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
