/**
 * Throughput and latency of the public pages, measured against a running
 * site (npm start): `npm run bench -- [--url http://localhost:3000] [--seconds 10]`.
 * Bounded in time, loopback only. Prints one line per page.
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});
const base = new URL(values.url!);
if (!['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) throw new Error('bench only targets this machine');

async function discover(): Promise<Record<string, string>> {
  const home = await (await fetch(base)).text();
  const article = home.match(/href="(\/news\/\d{4}\/\d{2}\/\d{2}\/[^"]+)"/)?.[1];
  const section = home.match(/href="(\/section\/[^"/]+)"/)?.[1];
  if (!article || !section) throw new Error('could not find an article and a section link on the front page');
  return { front: '/', article, section, search: '/search?q=budget', feed: '/feed.xml' };
}

const pages = await discover();
console.log(`page      path                                                 req/s    p50 ms  p97.5 ms  non-2xx`);
for (const [name, path] of Object.entries(pages)) {
  const url = new URL(path, base).toString();
  await fetch(url); // warm the cache: the first render of a page is not what readers usually get
  const r = await autocannon({ url, duration: Number(values.seconds), connections: Number(values.connections) });
  console.log(
    `${name.padEnd(9)} ${path.slice(0, 52).padEnd(52)} ${r.requests.average.toFixed(0).padStart(6)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p97_5).padStart(9)} ${String(r.non2xx).padStart(8)}`,
  );
}
