/**
 * Search benchmark: the sharded engine against naive Lunr on a generated corpus.
 *
 *   npx tsx scripts/bench-search.ts --docs 5000 [--naive-docs 1000] [--skip-naive] [--workers 2]
 *
 * Each phase runs in its own process so peak memory (maxRSS, worker threads included) is its own.
 * The corpus comes from ../shared/bench/gen-corpus.mjs (or --corpus DIR of .md files).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import lunr from 'lunr';
import type { Interview, Passage } from '../main/library/types';
import { SearchEngine } from '../main/search/engine';

const repo = resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const docs = Number(arg('docs') ?? 1000);
const workers = Number(arg('workers') ?? 2);
/** The worker bundled the way the app's build bundles it (out/main/shardWorker.js). */
const workerPath = arg('worker') ?? '';

const QUERIES = ['family', 'village school', 'strike', 'Müller', 'فیروزمند', 'famil*', 'revol*', 'vilage~1', 'harbour~2',
  '"Red Crescent"', '"the war"', 'title:Maria', '+market -bread', 'Tabriz railway', 'mosque harvest wedding', 'interviewee:Hassan',
  'photograph', 'refugee camp', 'Isfahan', 'teacher', 'Łódź', '1978', 'rials', '"textile workers"', 'occupation~1', 'border*'];

function readCorpus(dir: string): Interview[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((file) => {
    // Options (even empty) stop gray-matter from caching every file it parses.
    const parsed = matter(readFileSync(join(dir, file), 'utf8'), {});
    const text = parsed.content;
    const passages: Passage[] = [];
    const para = /[^\n]+/g;
    for (let m = para.exec(text); m; m = para.exec(text)) {
      const speaker = /^([QA]):/.exec(m[0])?.[1];
      passages.push({ start: m.index, end: m.index + m[0].length, ...(speaker ? { speaker } : {}) });
    }
    const d = parsed.data as Record<string, unknown>;
    return {
      id: file.replace(/\.md$/, ''), path: file, format: 'md', text, passages,
      title: String(d.title ?? file), interviewee: String(d.interviewee ?? ''), interviewer: String(d.interviewer ?? ''),
      place: String(d.place ?? ''), date: d.date instanceof Date ? d.date.toISOString().slice(0, 10) : String(d.date ?? ''),
      language: 'en', hash: createHash('sha256').update(text).digest('hex'), words: text.split(/\s+/).length,
    } satisfies Interview;
  });
}

const ms = (t0: number): number => Math.round(performance.now() - t0);
const maxRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const dirSize = (dir: string): number => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/**
 * Four rounds of the query mix; the first round (nothing cached yet) is also reported alone.
 * Between queries the event loop runs, as it does in a host where queries arrive as messages.
 */
async function timeQueries(run: (q: string) => void): Promise<{ p50: number; p95: number; max: number; firstRoundP95: number; slowest: string[] }> {
  const times: number[] = [];
  const worst = new Map<string, number>();
  for (let round = 0; round < 4; round++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      run(q);
      const t = performance.now() - t0;
      times.push(t);
      worst.set(q, Math.max(worst.get(q) ?? 0, t));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const r = (x: number): number => +x.toFixed(1);
  const slowest = [...worst].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, t]) => `${q} ${r(t)} ms`);
  return { p50: r(percentile(times, 0.5)), p95: r(percentile(times, 0.95)), max: r(Math.max(...times)), firstRoundP95: r(percentile(times.slice(0, QUERIES.length), 0.95)), slowest };
}

async function phase(name: string, corpus: string, cache: string): Promise<Record<string, unknown>> {
  const interviews = readCorpus(corpus);
  if (name === 'cold') {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const engine = await SearchEngine.build(interviews, { workers, workerPath });
    const build = ms(t0);
    const cpu = Math.round(process.cpuUsage(cpu0).user / 1000);
    await engine.save(cache);
    return { build, cpu, save: ms(t0) - build, rss: maxRssMb(), size: Math.round(dirSize(cache) / 1e6) };
  }
  if (name === 'warm') {
    const t0 = performance.now();
    const engine = await SearchEngine.load(cache, interviews, { workers, workerPath });
    if (engine === null) throw new Error('the saved index did not load');
    const first = engine.search('family');
    const warm = ms(t0);
    const queries = await timeQueries((q) => {
      const r = engine.search(q, { limit: 10 });
      if (!r.ok) throw new Error(`${q}: ${r.error}`);
    });
    const target = interviews[Math.floor(interviews.length / 2)];
    if (!target) throw new Error('empty corpus');
    const changed = { ...target, text: `${target.text}\nA: a newly transcribed zyxwvut passage.`, hash: 'changed' };
    const t1 = performance.now();
    await engine.update([changed], []);
    await engine.save(cache);
    const reindex = ms(t1);
    const found = engine.search('zyxwvut');
    return { warm, firstHits: first.ok ? first.total : -1, queries, reindex, reindexFound: found.ok && found.hits[0]?.id === target.id, rss: maxRssMb() };
  }
  const n = Number(arg('naive-docs') ?? Math.min(docs, 1000));
  const subset = interviews.slice(0, n);
  const t0 = performance.now();
  const index = lunr(function () {
    this.ref('id');
    for (const f of ['title', 'interviewee', 'interviewer', 'place', 'text']) this.field(f);
    this.metadataWhitelist = ['position'];
    for (const i of subset) this.add(i);
  });
  const build = ms(t0);
  const json = JSON.stringify(index);
  const t1 = performance.now();
  const loaded = lunr.Index.load(JSON.parse(json));
  loaded.search('family');
  const warm = ms(t1);
  const queries = await timeQueries((q) => {
    try {
      loaded.search(q);
    } catch {
      // Lunr's own parser rejects some of the query language; the engine never does.
    }
  });
  return { docs: n, build, rss: maxRssMb(), size: Math.round(json.length / 1e6), warm, queries };
}

async function main(): Promise<void> {
  const which = arg('phase');
  if (which !== undefined) {
    const out = await phase(which, arg('corpus') ?? '', arg('cache') ?? '');
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  let corpus = arg('corpus');
  const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
  if (corpus === undefined) {
    const generator = resolve(repo, '../shared/bench/gen-corpus.mjs');
    if (!existsSync(generator)) throw new Error(`No corpus: pass --corpus DIR, or provide ${generator}.`);
    corpus = join(work, 'corpus');
    console.log(execFileSync(process.execPath, [generator, '--docs', String(docs), '--seed', '1', '--out', corpus]).toString().trim());
  }
  const worker = join(work, 'shardWorker.js');
  // esbuild comes with tsx, which runs this script.
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  esbuild.buildSync({ entryPoints: [join(repo, 'main/search/shardWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: worker, logLevel: 'error' });
  const run = (name: string): Record<string, unknown> => {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, ...args, '--phase', name, '--corpus', corpus, '--cache', join(work, 'cache'), '--worker', worker],
      { encoding: 'utf8', maxBuffer: 1e8 });
    if (r.status !== 0) throw new Error(`${name} phase failed:\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
  };
  const cold = run('cold');
  const warm = run('warm');
  const naive = args.includes('--skip-naive') ? null : run('naive');
  console.log(JSON.stringify({ docs, workers, cold, warm, naive, loadAverage: loadavg().map((l) => +l.toFixed(1)) }, null, 1));
  const q = (r: Record<string, unknown> | null): string => {
    const x = r?.queries as { p50: number; p95: number; firstRoundP95: number } | undefined;
    return x ? `p50 ${x.p50} ms, p95 ${x.p95} ms (first round p95 ${x.firstRoundP95} ms)` : '–';
  };
  const rows: [string, string, string][] = [
    ['cold index', `${cold.build} ms wall, ${cold.cpu} ms CPU (save ${cold.save} ms)`, naive ? `${naive.build} ms at ${naive.docs} docs` : '–'],
    ['peak RSS (cold)', `${cold.rss} MB`, naive ? `${naive.rss} MB` : '–'],
    ['saved size', `${cold.size} MB`, naive ? `${naive.size} MB JSON` : '–'],
    ['warm load → first result', `${warm.warm} ms`, naive ? `${naive.warm} ms` : '–'],
    ['query (incl. snippets)', q(warm), `${q(naive)} (no snippets)`],
    ['re-index 1 changed file + save', `${warm.reindex} ms (found: ${warm.reindexFound})`, '–'],
    ['peak RSS (warm)', `${warm.rss} MB`, '–'],
  ];
  console.log(`\n| ${docs} interviews | engine | naive Lunr |\n|---|---|---|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
