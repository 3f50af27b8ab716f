/**
 * Search as a user waits for it: whole processes from spawn, on a generated archive, beside naive
 * Lunr and MiniSearch doing the same work in the same run (scripts/bench-baseline.mjs).
 *
 *   npx tsx scripts/bench-search.ts --docs 5000 [--naive-docs 1000] [--skip-naive] [--corpus DIR] [--warm]
 *
 * --warm (with --corpus): the archive is already indexed, names included, and is left as it is: no
 * cold index, no name cache deleted, no file changed; serve, the CLI and the query mix only. For
 * archives whose cold index is timed apart (by /usr/bin/time), at 20,000 interviews and more.
 *
 * Needs the build (out/main). Peak RSS is the process's high-water mark (VmHWM, worker threads
 * included), read from /proc while it runs. Query times are search.query calls over the loopback
 * HTTP host, answers with snippets, four rounds of the query mix.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const repo = resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const docs = Number(arg('docs') ?? 1000);
const naiveDocs = Math.min(docs, Number(arg('naive-docs') ?? 1000));
const cli = join(repo, 'out/main/cli.js');
const serveJs = join(repo, 'out/main/serve.js');
const baseline = join(repo, 'scripts/bench-baseline.mjs');
const QUERY = '+camp +family';
const MIX = ['family', 'village school', 'strike', 'Müller', 'فیروزمند', 'famil*', 'revol*', 'vilage~1', 'harbour~2',
  '"Red Crescent"', '"the war"', 'title:Maria', '+market -bread', 'Tabriz railway', 'mosque harvest wedding', 'interviewee:Hassan',
  'photograph', 'refugee camp', 'Isfahan', 'teacher', 'Łódź', '1978', 'rials', '"textile workers"', 'occupation~1', 'border*'];

const peakKb = (pid: number): number => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
const pct = (xs: number[], p: number): number => +([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0).toFixed(1);
const median = (xs: number[]): number => pct(xs, 0.5);

interface Run {
  ms: number;
  rssMb: number;
  lines: string[];
  /** When the first stdout line arrived, from spawn. */
  firstLineMs: number;
}

/** Runs a process to its end, timing it from spawn and sampling its peak RSS. */
function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    let peak = 0;
    let firstLineMs = -1;
    const lines: string[] = [];
    const timer = setInterval(() => (peak = Math.max(peak, peakKb(child.pid ?? 0))), 25);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (firstLineMs < 0) firstLineMs = performance.now() - t0;
      lines.push(line);
      peak = Math.max(peak, peakKb(child.pid ?? 0));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited with ${code}`));
      resolveRun({ ms: Math.round(performance.now() - t0), rssMb: Math.round(peak / 1024), lines, firstLineMs: Math.round(firstLineMs) });
    });
  });
}

/** `npm run serve`: spawn to the first search.query answered with hits, then the query mix over HTTP. */
async function serve(corpus: string, mix: boolean): Promise<{ firstMs: number; rssMb: number; p50?: number; p95?: number; longestPauseMs?: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [serveJs, corpus], { env: { ...process.env, TESTIMONY_USER_DATA: join(corpus, '..', 'user-data') }, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<URL>((ok, fail) => {
      createInterface({ input: child.stdout }).once('line', (line) => ok(new URL(line)));
      child.once('exit', (code) => fail(new Error(`serve exited with ${code}`)));
    });
    const token = url.searchParams.get('token') ?? '';
    const ask = async (query: string): Promise<{ hits?: unknown[] }> => {
      const reply = await fetch(`${url.origin}/api/call/search.query`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, origin: url.origin, 'content-type': 'application/json' }, body: JSON.stringify({ query, limit: 20 }),
      });
      const body = (await reply.json()) as { ok?: boolean; value?: { hits?: unknown[] }; hits?: unknown[] };
      return body.value ?? body;
    };
    for (;;) {
      const answer = await ask(QUERY.replace(/\+/g, '')).catch(() => ({}) as { hits?: unknown[] });
      if (Array.isArray(answer.hits)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const firstMs = Math.round(performance.now() - t0);
    let p50: number | undefined;
    let p95: number | undefined;
    let longestPauseMs: number | undefined;
    if (mix) {
      // While names are found in the background: the slowest answer to a cheap call, every 25 ms for 10 s.
      const call = async (): Promise<unknown> => (await fetch(`${url.origin}/api/call/archive.status`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: url.origin, 'content-type': 'application/json' }, body: '{}' })).json();
      longestPauseMs = 0;
      for (const until = performance.now() + 10_000; performance.now() < until;) {
        const t1 = performance.now();
        await call();
        longestPauseMs = Math.max(longestPauseMs, Math.round(performance.now() - t1));
        await new Promise((r) => setTimeout(r, 25));
      }
      // Queries are timed once the background work is done (entities.list waits for it), as they are for the baselines.
      // A large archive's names can outlast the HTTP client's 300 s header timeout: ask again.
      for (let done = false; !done;) {
        done = await fetch(`${url.origin}/api/call/entities.list`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: url.origin, 'content-type': 'application/json' }, body: '{}' }).then(() => true, () => false);
      }
      const times: number[] = [];
      for (let round = 0; round < 4; round++) {
        for (const q of MIX) {
          const t1 = performance.now();
          await ask(q);
          times.push(performance.now() - t1);
        }
      }
      [p50, p95] = [pct(times, 0.5), pct(times, 0.95)];
    }
    return { firstMs, rssMb: Math.round(peakKb(child.pid ?? 0) / 1024), p50, p95, longestPauseMs };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main(): Promise<void> {
  if (!existsSync(cli) || !existsSync(serveJs)) throw new Error('Build first: npm run build');
  const warm = args.includes('--warm');
  if (warm && arg('corpus') === undefined) throw new Error('--warm needs --corpus DIR (an archive already indexed)');
  const work = join(process.env.TMPDIR ?? tmpdir(), `bench-search-${docs}`);
  let corpus = arg('corpus');
  if (corpus === undefined) {
    corpus = join(work, 'corpus');
    if (!existsSync(join(work, '.corpus-done'))) {
      rmSync(work, { recursive: true, force: true });
      const generator = resolve(repo, '../shared/bench/gen-corpus.mjs');
      if (!existsSync(generator)) throw new Error(`No corpus: pass --corpus DIR, or provide ${generator}.`);
      execFileSync(process.execPath, [generator, '--docs', String(docs), '--seed', '1', '--out', corpus]);
      appendFileSync(join(work, '.corpus-done'), '');
    }
  }
  mkdirSync(work, { recursive: true });
  // The last run's cache is moved aside and kept: ext4 passes over inodes deleted in the last
  // minutes (up to six) when it makes new files, and with thousands of them just deleted, writing
  // the texts cost each file worker 2.3 s of kernel time (perf: recently_deleted), which a
  // researcher's first index of an archive never meets. Deleting it at the end made the next
  // size's run (1,000 then 5,000) meet it, so the old caches are left for the user to delete.
  const trash = join(work, `old-cache-${Date.now()}`);
  if (!warm) moveAside(join(corpus, '.testimony'), trash);
  const started = performance.now();
  const load = (): number => +loadavg()[0]!.toFixed(1);
  const out: Record<string, unknown> = { docs, loadAtStart: load() };

  // Testimony: cold index (names included), an index run with nothing changed, serve, the CLI.
  if (!warm) {
    const cold = await run(process.execPath, [cli, 'index', corpus, '--json']);
    out.coldIndex = { ms: cold.ms, rssMb: cold.rssMb };
  }
  const unchanged = [await run(process.execPath, [cli, 'index', corpus, '--json']), await run(process.execPath, [cli, 'index', corpus, '--json'])];
  out.unchangedIndexMs = unchanged.map((r) => r.ms);
  // Without the name cache, the first serve finds every name in the background: the worst case for pauses.
  if (!warm) rmSync(join(corpus, '.testimony', 'cache', 'xref'), { recursive: true, force: true });
  const serves = [await serve(corpus, true), await serve(corpus, false), await serve(corpus, false)];
  out.serve = { firstMs: serves.map((s) => s.firstMs), rssMb: serves[0]!.rssMb, p50: serves[0]!.p50, p95: serves[0]!.p95, longestPauseMs: serves[0]!.longestPauseMs };
  const searches = [];
  for (let i = 0; i < 3; i++) searches.push(await run(process.execPath, [cli, 'search', corpus, QUERY, '--json']));
  out.cliSearch = { ms: searches.map((s) => s.ms), rssMb: Math.max(...searches.map((s) => s.rssMb)) };
  if (!warm) await oneChanged(corpus, out);
  out.testimonyLoad = load();

  // The baselines: the same first search (and its snippets) and the same query mix.
  if (!args.includes('--skip-naive')) {
    for (const engine of ['lunr', 'minisearch'] as const) {
      const file = join(work, `${engine}-${naiveDocs}.json`);
      const built = await run(process.execPath, [baseline, 'build', engine, corpus, file, String(naiveDocs)]);
      const info = JSON.parse(built.lines[0] ?? '{}') as { ms: number; bytes: number };
      const firsts = [];
      for (let i = 0; i < 3; i++) firsts.push(await run(process.execPath, [baseline, 'search', engine, corpus, file, QUERY, ...(i === 0 ? ['--mix'] : [])]));
      const mix = JSON.parse(firsts[0]!.lines[1] ?? '{}') as { p50: number; p95: number };
      out[engine] = { docs: naiveDocs, buildMs: info.ms, buildRssMb: built.rssMb, savedMb: Math.round(info.bytes / 1e6), firstMs: firsts.map((f) => f.firstLineMs), rssMb: Math.max(...firsts.map((f) => f.rssMb)), p50: mix.p50, p95: mix.p95 };
    }
  }
  out.loadAtEnd = load();
  out.benchSeconds = Math.round((performance.now() - started) / 1000);
  console.log(JSON.stringify(out, null, 1));
  if (existsSync(trash)) console.error(`Old caches are kept in ${work}/old-cache-*: delete them when no benchmark follows within minutes.`);
  printTable(out);
  
}

/** Moves `dir` to `to` (deleting it where it cannot be moved: another file system). */
function moveAside(dir: string, to: string): void {
  try {
    renameSync(dir, to);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A line appended to one interview, then `index` again; the new word must be found. */
async function oneChanged(corpus: string, out: Record<string, unknown>): Promise<void> {
  const target = join(corpus, readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()[Math.floor(docs / 2)] ?? '');
  appendFileSync(target, '\nA: a newly transcribed zyxwvut passage.\n');
  const one = await run(process.execPath, [cli, 'index', corpus, '--json']);
  const found = await run(process.execPath, [cli, 'search', corpus, 'zyxwvut', '--json']);
  out.oneChanged = { ms: one.ms, found: (JSON.parse(found.lines.join('\n')) as unknown[]).length === 1 };
}

interface BaselineResult { docs: number; buildMs: number; buildRssMb: number; savedMb: number; firstMs: number[]; rssMb: number; p50: number; p95: number }
interface BenchResult {
  docs: number; loadAtStart: number; loadAtEnd: number; coldIndex?: { ms: number; rssMb: number }; unchangedIndexMs: number[];
  serve: { firstMs: number[]; rssMb: number; p50?: number; p95?: number; longestPauseMs?: number }; cliSearch: { ms: number[]; rssMb: number };
  oneChanged?: { ms: number; found: boolean }; lunr?: BaselineResult; minisearch?: BaselineResult;
}

function printTable(result: Record<string, unknown>): void {
  const r = result as unknown as BenchResult;
  const best = (xs: number[]): string => `${Math.min(...xs)} / ${median(xs)} ms`;
  const base = (e: 'lunr' | 'minisearch', f: (x: BaselineResult) => string): string => (r[e] ? f(r[e]) : '–');
  const rows: string[][] = [
    ['cold index through the CLI, names included (wall)', r.coldIndex ? `${(r.coldIndex.ms / 1000).toFixed(1)} s` : '(--warm: not run)', base('lunr', (x) => `${(x.buildMs / 1000).toFixed(1)} s`), base('minisearch', (x) => `${(x.buildMs / 1000).toFixed(1)} s`)],
    ['peak RSS while indexing', r.coldIndex ? `${r.coldIndex.rssMb} MB` : '–', base('lunr', (x) => `${x.buildRssMb} MB`), base('minisearch', (x) => `${x.buildRssMb} MB`)],
    ['index run with nothing changed (best / median)', best(r.unchangedIndexMs), '–', '–'],
    ['serve: spawn to first search answered (best / median)', best(r.serve.firstMs), base('lunr', (x) => best(x.firstMs)), base('minisearch', (x) => best(x.firstMs))],
    ['CLI warm search, spawn to exit (best / median)', best(r.cliSearch.ms), '(same as above)', '(same as above)'],
    ['peak RSS: serve / CLI search', `${r.serve.rssMb} / ${r.cliSearch.rssMb} MB`, base('lunr', (x) => `${x.rssMb} MB`), base('minisearch', (x) => `${x.rssMb} MB`)],
    ['query p50 / p95, with snippets', `${r.serve.p50} / ${r.serve.p95} ms (over HTTP)`, base('lunr', (x) => `${x.p50} / ${x.p95} ms`), base('minisearch', (x) => `${x.p50} / ${x.p95} ms`)],
    ['longest answer to a cheap call while names are found (10 s after the first answer)', `${r.serve.longestPauseMs} ms`, '–', '–'],
    ['re-index after one changed file (CLI, wall)', r.oneChanged ? `${r.oneChanged.ms} ms (found: ${r.oneChanged.found})` : '(--warm: not run)', '–', '–'],
  ];
  const n = r.lunr?.docs ?? naiveDocs;
  console.log(`\n| ${r.docs} interviews (load ${r.loadAtStart}–${r.loadAtEnd}) | Testimony | naive Lunr, ${n} | MiniSearch, ${n} |\n|---|---|---|---|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
