/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): where the CPU time went, by
 * function, by file and by package, self time and inclusive time.
 *
 *   npx tsx scripts/profile-summary.ts <file.cpuprofile | dir> [--top 25] [--per 200] [--unit render]
 *
 * Positions in bundled files (.next/server/**) are mapped back to their
 * sources through the bundles' source maps when they exist, so app code and
 * packages bundled by Next are attributed to lib/…, components/…,
 * node_modules/<package>. A directory argument means its largest .cpuprofile.
 * --per divides the times by a number of operations (e.g. renders).
 */
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId: string };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[]; hitCount?: number };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type Row = { key: string; selfMs: number; totalMs: number };
export type Summary = {
  file: string;
  sampledMs: number;
  idleMs: number;
  perUnit: number;
  unit: string;
  top: number;
  byFunction: Row[];
  byFile: Row[];
  byPackage: Row[];
};

const REPO = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Source maps of bundled files, loaded once. */
const maps = new Map<string, SourceMap | null>();
function sourceMapFor(file: string): SourceMap | null {
  if (maps.has(file)) return maps.get(file)!;
  let map: SourceMap | null = null;
  try {
    const mapFile = `${file}.map`;
    if (fs.existsSync(mapFile)) {
      const payload = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
      // Index maps (sections) are flattened by Node's SourceMap as well.
      map = new SourceMap(payload);
    }
  } catch {
    map = null;
  }
  maps.set(file, map);
  return map;
}

type Location = { fn: string; file: string; pkg: string };

/** "node_modules/zod/v4/core/parse.js" → "zod"; repo files → their top folder; Node internals → "node". */
function packageOf(file: string): string {
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (pkg === 'next' && /compiled\/next-server\/app-page/.test(file)) return 'next (app-page runtime: bundled React server + Fizz)';
    if (pkg === 'next' && /compiled\//.test(file)) return `next (compiled ${rest[3] ?? rest[2]})`;
    return pkg;
  }
  if (file.startsWith('node:')) return 'node (internals)';
  if (file.startsWith('(')) return file;
  if (file.startsWith('.next/')) return '.next (bundled, unmapped)';
  if (file.startsWith('[')) return `next (bundler runtime ${file.split('/')[0]})`;
  // This repository: lib/<area> and components/<area>, else the top folder.
  const parts = file.split('/');
  if (parts[0] === '..') return '(outside the repository)';
  return parts.length > 2 && (parts[0] === 'lib' || parts[0] === 'components') ? `app: ${parts[0]}/${parts[1]}` : `app: ${parts[0]}`;
}

/** Turbopack's source names: "[project]/lib/x.ts", "[project]/node_modules/zod/…", "turbopack:///[project]/…". */
function cleanSource(source: string, mapDir: string): string {
  let s = source.replace(/^turbopack:\/\/\//, '').replace(/^webpack:\/\/(_N_E\/)?/, '');
  if (s.startsWith('file://')) s = fileURLToPath(s);
  else if (s.startsWith('../') || s.startsWith('./')) s = path.resolve(mapDir, s); // relative to the map's folder
  if (path.isAbsolute(s)) s = path.relative(REPO, s);
  s = s.replace(/^\[project\]\//, '').replace(/^\.\/+/, '');
  return s.replace(/ \[.*\]$/, ''); // "(ecmascript)" and similar suffixes
}

const locations = new Map<number, Location>();
function locate(node: ProfileNode): Location {
  const cached = locations.get(node.id);
  if (cached) return cached;
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  let loc: Location;
  if (!url) {
    const special = functionName.startsWith('(') ? functionName : '(native)';
    loc = { fn: functionName || '(anonymous)', file: special, pkg: special };
  } else if (url.startsWith('node:')) {
    loc = { fn: functionName || '(anonymous)', file: url, pkg: 'node (internals)' };
  } else {
    const abs = url.startsWith('file://') ? fileURLToPath(url) : url;
    let file = path.isAbsolute(abs) ? path.relative(REPO, abs) : abs;
    let fn = functionName || '(anonymous)';
    const map = path.isAbsolute(abs) && file.startsWith('.next/') ? sourceMapFor(abs) : null;
    if (map && lineNumber >= 0) {
      const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
      if (entry?.originalSource) {
        file = cleanSource(entry.originalSource, path.dirname(abs));
        if (entry.name && (fn === '(anonymous)' || fn.length <= 2)) fn = entry.name;
        fn = `${fn} (${path.basename(file)}:${(entry.originalLine ?? 0) + 1})`;
      }
    } else if (lineNumber >= 0) fn = `${fn} (${path.basename(file)}:${lineNumber + 1})`;
    loc = { fn, file, pkg: packageOf(file) };
  }
  locations.set(node.id, loc);
  return loc;
}

export type SummaryOptions = {
  top?: number;
  perUnit?: number;
  unit?: string;
  /** Only samples taken between these many ms before the end of the profile (the process's exit) and toEndMs. */
  window?: { fromEndMs: number; toEndMs: number };
};

export function summarise(input: string, options: SummaryOptions = {}): Summary {
  let file = input;
  if (fs.statSync(input).isDirectory()) {
    const files = fs
      .readdirSync(input)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(input, f))
      .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
    if (!files.length) throw new Error(`no .cpuprofile in ${input}`);
    file = files[0];
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Time of sample i is the gap to the next sample (the last one gets the mean).
  const deltas = profile.timeDeltas;
  const mean = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const self = new Map<number, number>();
  let at = profile.startTime;
  const [from, to] = options.window ? [profile.endTime - options.window.fromEndMs * 1000, profile.endTime - options.window.toEndMs * 1000] : [-Infinity, Infinity];
  for (let i = 0; i < profile.samples.length; i++) {
    at += deltas[i];
    if (at < from || at > to) continue;
    const us = i + 1 < deltas.length ? deltas[i + 1] : mean;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + us);
  }

  const add = (m: Map<string, Row>, key: string, selfUs: number, totalUs: number) => {
    const r = m.get(key) ?? { key, selfMs: 0, totalMs: 0 };
    r.selfMs += selfUs / 1000;
    r.totalMs += totalUs / 1000;
    m.set(key, r);
  };
  const fnRows = new Map<string, Row>();
  const fileRows = new Map<string, Row>();
  const pkgRows = new Map<string, Row>();
  let sampled = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    sampled += us;
    // Inclusive time: each function, file and package once per sample stack.
    const seenFn = new Set<string>();
    const seenFile = new Set<string>();
    const seenPkg = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = locate(byId.get(cur)!);
      if (l.fn === '(root)') continue;
      const fnKey = `${l.fn}  [${l.pkg}]`;
      if (!seenFn.has(fnKey)) {
        seenFn.add(fnKey);
        add(fnRows, fnKey, cur === id ? us : 0, us);
      }
      if (!seenFile.has(l.file)) {
        seenFile.add(l.file);
        add(fileRows, l.file, cur === id ? us : 0, us);
      }
      if (!seenPkg.has(l.pkg)) {
        seenPkg.add(l.pkg);
        add(pkgRows, l.pkg, cur === id ? us : 0, us);
      }
    }
  }
  const top = options.top ?? 25;
  return {
    file,
    sampledMs: sampled / 1000,
    idleMs: idle / 1000,
    perUnit: options.perUnit ?? 1,
    unit: options.unit ?? '',
    top,
    byFunction: [...fnRows.values()],
    byFile: [...fileRows.values()],
    byPackage: [...pkgRows.values()],
  };
}

export function formatSummary(s: Summary): string {
  const per = (x: number) => (s.perUnit > 1 ? ` ${(x / s.perUnit).toFixed(2).padStart(7)}` : '');
  const perHead = s.perUnit > 1 ? ` ms/${s.unit || 'unit'}`.padStart(8) : '';
  const pct = (x: number) => `${((100 * x) / s.sampledMs).toFixed(1).padStart(5)}%`;
  const table = (title: string, rows: Row[], by: 'selfMs' | 'totalMs') => {
    const lines = [`\n${title}`, `  ${by === 'selfMs' ? 'self' : 'total'} ms   share${perHead}  what`];
    for (const r of [...rows].sort((a, b) => b[by] - a[by]).slice(0, s.top)) {
      lines.push(`  ${r[by].toFixed(0).padStart(8)}  ${pct(r[by])}${per(r[by])}  ${r.key}`);
    }
    return lines.join('\n');
  };
  return [
    `${s.file}: ${(s.sampledMs / 1000).toFixed(2)} s of CPU sampled (idle ${(s.idleMs / 1000).toFixed(2)} s not counted)` +
      (s.perUnit > 1 ? `, ${(s.sampledMs / s.perUnit).toFixed(1)} ms per ${s.unit} over ${s.perUnit}` : ''),
    table('Self time by package', s.byPackage, 'selfMs'),
    table('Inclusive time by package (a package calling another counts both)', s.byPackage, 'totalMs'),
    table('Self time by file', s.byFile, 'selfMs'),
    table(
      'Inclusive time by file of this repository',
      s.byFile.filter((r) => /^(app|components|lib)\//.test(r.key)),
      'totalMs',
    ),
    table('Self time by function', s.byFunction, 'selfMs'),
    table('Inclusive time by function', s.byFunction, 'totalMs'),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '25' },
      per: { type: 'string', default: '1' },
      unit: { type: 'string', default: 'render' },
      window: { type: 'string' },
    },
  });
  // --window from,to: ms before the end of the profile (bench-render writes them to window.json next to the profile).
  const w = values.window?.split(',').map(Number);
  if (!positionals[0]) {
    console.error('usage: tsx scripts/profile-summary.ts <file.cpuprofile | dir> [--top 25] [--per N] [--unit render]');
    process.exit(2);
  }
  const window = w && w.length === 2 ? { fromEndMs: w[0], toEndMs: w[1] } : undefined;
  console.log(formatSummary(summarise(positionals[0], { top: Number(values.top), perUnit: Number(values.per), unit: values.unit, window })));
}
