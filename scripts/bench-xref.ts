/**
 * Cross-referencing benchmark: what entity extraction adds to a cold index, and how long an
 * entity page with 10,000 mentions takes to open.
 *
 *   npx tsx scripts/bench-xref.ts --docs 5000 [--corpus DIR]
 *
 * The corpus comes from ../shared/bench/gen-corpus.mjs (Markdown with front matter, ~5,000 words
 * each, with recurring people, places and organisations), or --corpus DIR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { Workspace } from '../main/workspace';
import { createHandlers } from '../main/handlers';
import { dispatch } from '../main/handlers/dispatch';
import type { Entity, Mention } from '../main/xref/entities';

const repo = resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const docs = Number(arg('docs') ?? 1000);
const ms = (since: bigint): number => Math.round(Number(process.hrtime.bigint() - since) / 1e5) / 10;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-xref-'));
  try {
    let corpus = arg('corpus');
    if (!corpus) {
      const generator = resolve(repo, '../shared/bench/gen-corpus.mjs');
      if (!existsSync(generator)) throw new Error(`No corpus: pass --corpus DIR, or provide ${generator}.`);
      corpus = join(work, 'corpus');
      execFileSync(process.execPath, [generator, '--docs', String(docs), '--seed', '1', '--out', corpus]);
    }
    const workerPath = existsSync(join(repo, 'out/main/shardWorker.js')) ? join(repo, 'out/main/shardWorker.js') : undefined;
    let t = process.hrtime.bigint();
    const ws = await Workspace.open(corpus, { userDataDir: join(work, 'user'), workerPath });
    await ws.ready;
    const indexMs = ms(t);

    // Finding names and building entities runs in batches: the longest pause of the event loop is what a host would feel.
    const pauses = monitorEventLoopDelay({ resolution: 10 });
    pauses.enable();
    t = process.hrtime.bigint();
    await ws.xref.prepare();
    const extractMs = ms(t);
    pauses.disable();
    t = process.hrtime.bigint();
    const entities = ws.xref.entities();
    const buildMs = ms(t);
    const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);

    t = process.hrtime.bigint();
    ws.xref.entities();
    const warmMs = ms(t);

    // An entity with 10,000 mentions: the most mentioned one, its mentions repeated across interviews if it has fewer.
    const top = entities[0]!;
    const pool: Mention[] = [];
    for (let i = 0; pool.length < 10_000 && top.mentions.length > 0; i++) pool.push(top.mentions[i % top.mentions.length]!);
    const big: Entity = { ...top, mentions: pool };
    entities[0] = big;
    const handlers = createHandlers(ws);
    const page = async (limit: number): Promise<number> => {
      const start = process.hrtime.bigint();
      const r = await dispatch(handlers, 'entities.get', { id: big.id, limit });
      if (!r.ok) throw new Error(r.error.message);
      return ms(start);
    };
    await page(200);
    const page200 = await page(200);
    const pageAll = await page(10_000);
    await ws.close();
    console.log(JSON.stringify({
      docs, load: loadavg()[0]?.toFixed(2), coldIndexMs: indexMs, namesAndEntitiesMs: extractMs, longestPauseMs: Math.round(pauses.max / 1e6), entitiesAfterwardsMs: buildMs, shareOfColdIndex: `${Math.round((100 * (extractMs + buildMs)) / indexMs)}%`,
      entities: entities.length, mentions, secondCallMs: warmMs, entityPage10kMentions: { first200Ms: page200, all10000Ms: pageAll },
    }, null, 1));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
