/**
 * What search answers, dumped to compare before and after a change to the engine, and the CPU it
 * takes: the bench's query mix (scripts/bench-search.ts) plus phrases, wildcards, fuzzy words,
 * filters, pages and Persian, run in-process on an archive already indexed, as `npm run serve` runs them.
 *
 *   npx tsx scripts/search-contract.ts ARCHIVE [--out dump.json] [--against before.json] [--rounds 4] [--per-query] [--mix (the bench's mix only)]
 *
 * The dump holds every answer (hits, scores, snippets, marks, totals, notices) and the reader's
 * highlights of each query's first hit; --against compares it with an earlier dump. A phrase's total
 * is an estimate when its check runs out of time (see search.ts), so it is compared apart. CPU is the process's user+system time per query, by round
 * (the first round pays for reading texts and building caches), for all queries and for the bench's mix alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Workspace } from '../main/workspace';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const root = resolve(args[0] ?? '');
const rounds = Number(arg('rounds') ?? 4);

/** The bench's mix, in its order. */
const MIX = ['family', 'village school', 'strike', 'Müller', 'فیروزمند', 'famil*', 'revol*', 'vilage~1', 'harbour~2',
  '"Red Crescent"', '"the war"', 'title:Maria', '+market -bread', 'Tabriz railway', 'mosque harvest wedding', 'interviewee:Hassan',
  'photograph', 'refugee camp', 'Isfahan', 'teacher', 'Łódź', '1978', 'rials', '"textile workers"', 'occupation~1', 'border*'];

interface Ask {
  query: string;
  limit?: number;
  offset?: number;
  filters?: Record<string, unknown>;
}

const EXTRA: Ask[] = [
  { query: '+camp +family' }, { query: '"village school"' }, { query: '"the war" -family' }, { query: 'title:"Red Crescent"' },
  { query: 'vil*ge' }, { query: 'fa*ly strike' }, { query: 'teacher~2' }, { query: '+strike~1 +market' }, { query: 'revol* harbour~1 "the war"' },
  { query: 'family', offset: 20, limit: 20 }, { query: 'family', offset: 290, limit: 30 }, { query: 'strike', limit: 0 }, { query: '"the war"', offset: 40, limit: 10 },
  { query: 'family', filters: { language: 'fa' } }, { query: 'war', filters: { from: '1990', to: '2005' } }, { query: 'school', filters: { interviewee: 'Maria' } },
  { query: '"textile workers"', filters: { language: 'en' } }, { query: 'zzzqqq', filters: { language: 'fa' } },
  { query: 'فیروزمند خانواده' }, { query: '"جواد فیروزمند"' }, { query: '"مریم احمدی" -war' }, { query: 'احمدی~1' }, { query: 'فیروز*' }, { query: 'family^3 war' }, { query: 'the and of' }, { query: '-war' },
  // Phrases of common words that seldom stand together: most candidates lack them.
  { query: '"railway station"' }, { query: '"coffee sugar"' }, { query: '"the river" -"railway station"' }, { query: '"Camp Ashraf"' }, { query: '"camp ashraf" "red crescent"' },
];

const ASKS: Ask[] = [...MIX.map((query) => ({ query })), ...(args.includes('--mix') ? [] : EXTRA)];

interface Entry {
  ask: Ask;
  answer: { total?: number };
}

/** Prints each answer that differs; a phrase query's total only as a note. */
function compare(before: Entry[], after: Entry[]): void {
  const withoutEstimate = (e: Entry): string => JSON.stringify(e.ask.query.includes('"') ? { ...e, answer: { ...e.answer, total: 'estimate' } } : e);
  let differ = before.length === after.length ? 0 : 1;
  before.forEach((b, n) => {
    const a = after[n];
    if (a === undefined || withoutEstimate(a) !== withoutEstimate(b)) {
      differ++;
      console.log('DIFFERS', JSON.stringify(b.ask));
    } else if (a.answer.total !== b.answer.total) console.log('phrase total estimate', JSON.stringify(b.ask), b.answer.total, a.answer.total);
  });
  console.log(differ === 0 ? `IDENTICAL (${before.length} answers)` : `${differ} answers differ`);
  if (differ > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  const ws = await Workspace.open(root, {
    userDataDir: join(root, '..', 'user-data'),
    workerPath: resolve(__dirname, '../out/main/shardWorker.js'),
    store: { ifLocked: 'readOnly' },
  });
  try {
    await ws.ready;
    await ws.xref.prepare();
    const dump: unknown[] = [];
    const cpu: number[] = [];
    const mixCpu: number[] = [];
    const byQuery = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      let used = 0;
      let usedByMix = 0;
      for (const [n, ask] of ASKS.entries()) {
        const before = process.cpuUsage();
        const answer = await ws.search(ask.query, { limit: ask.limit ?? 20, offset: ask.offset ?? 0, filters: ask.filters ?? {} }).catch((e: unknown) => ({ error: String(e) }));
        const spent = process.cpuUsage(before);
        used += spent.user + spent.system;
        if (n < MIX.length) usedByMix += spent.user + spent.system;
        if (round > 0) byQuery.set(JSON.stringify(ask), (byQuery.get(JSON.stringify(ask)) ?? 0) + (spent.user + spent.system) / 1000 / (rounds - 1));
        if (round > 0) continue;
        const first = 'hits' in answer ? answer.hits[0] : undefined;
        const highlights = first === undefined ? [] : await ws.highlights(first.id, ask.query);
        dump.push({ ask, answer, highlights });
      }
      cpu.push(+(used / 1000 / ASKS.length).toFixed(2));
      mixCpu.push(+(usedByMix / 1000 / MIX.length).toFixed(2));
    }
    const out = arg('out');
    if (out !== undefined) writeFileSync(out, JSON.stringify(dump, null, 1));
    const against = arg('against');
    if (against !== undefined) compare(JSON.parse(readFileSync(against, 'utf8')) as Entry[], dump as Entry[]);
    if (args.includes('--per-query')) for (const [q, ms] of [...byQuery].sort((a, b) => b[1] - a[1])) console.log(ms.toFixed(1).padStart(7), q);
    console.log(JSON.stringify({ queries: ASKS.length, cpuMsPerQueryByRound: cpu, benchMixCpuMsPerQueryByRound: mixCpu }));
  } finally {
    await ws.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
