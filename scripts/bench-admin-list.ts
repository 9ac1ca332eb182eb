/**
 * Measures the admin article list at newsroom scale: creates a scratch
 * database with 100,000 articles on the server of BENCH_ADMIN_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres), times each kind of list
 * query (first page, a deep cursor page, filters, title search), then drops it.
 *   npm run bench:admin-list [-- --articles 100000]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../tools/db/migrate.ts';
import type { SessionUser } from '../lib/auth/sessions.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' } } });
const count = Number(values.articles);
const admin = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const name = `bench_admin_${Date.now()}`;
const url = new URL(admin);
url.pathname = `/${name}`;

const server = new pg.Client({ connectionString: admin });
await server.connect();
await server.query(`CREATE DATABASE "${name}"`);
try {
  await migrate(url.toString());
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  const t0 = performance.now();
  await c.query(`INSERT INTO "SiteSettings" ("id") VALUES (1)`);
  await c.query(`INSERT INTO "Section" ("id","slug","name") SELECT 's' || i, 'section-' || i, 'Section ' || i FROM generate_series(1, 8) i`);
  await c.query(`INSERT INTO "User" ("id","email","name","passwordHash","role","updatedAt") VALUES ('u1','e@x','Eve','x','EDITOR',now())`);
  await c.query(
    `INSERT INTO "Article" ("id","slug","title","status","publishedAt","modifiedAt","sectionId","createdById")
     SELECT 'a' || i, 'story-' || i,
            (ARRAY['Harbour','Budget','Rail','Flood','Council','Energy','School','Bridge'])[1 + i % 8] || ' report number ' || i,
            (CASE WHEN i % 5 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus",
            CASE WHEN i % 5 = 0 THEN NULL ELSE now() - (i || ' minutes')::interval END,
            now() - (i || ' minutes')::interval, 's' || (1 + i % 8), 'u1'
     FROM generate_series(1, $1) i`,
    [count],
  );
  await c.query('ANALYZE');
  await c.end();
  console.log(`Inserted ${count} articles in ${Math.round(performance.now() - t0)} ms`);

  process.env.DATABASE_URL = url.toString();
  const { listArticles, listFilterSchema } = await import('../lib/editorial/queries.ts');
  const user: SessionUser = { id: 'u1', email: 'e@x', name: 'Eve', role: 'EDITOR' };
  const time = async (label: string, filter: Record<string, unknown>) => {
    const runs: number[] = [];
    let result: Awaited<ReturnType<typeof listArticles>> | undefined;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      result = await listArticles(listFilterSchema.parse(filter), user);
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    console.log(`${label.padEnd(34)} median ${runs[2].toFixed(1).padStart(7)} ms   (${result!.items.length} rows)`);
    return result!;
  };
  let page = await time('first page, newest modified', {});
  for (let i = 0; i < 200 && page.nextCursor; i++) page = await listArticles(listFilterSchema.parse({ cursor: page.nextCursor }), user);
  await time('page 201 (keyset cursor)', { cursor: page.nextCursor });
  await time('sort by published', { sort: 'published' });
  await time('sort by title', { sort: 'title' });
  await time('status = DRAFT', { status: 'DRAFT' });
  await time('section filter', { sectionId: undefined, q: undefined, status: 'PUBLISHED' });
  await time('title search "harb rep"', { q: 'harb rep' });
  const { db } = await import('../lib/db/client.ts');
  await db().$disconnect();
} finally {
  await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await server.end();
}
