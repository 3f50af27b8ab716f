import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHAMPIONS } from '../../../main/search/archiveIndex';
import { SHARD_TARGET, SearchEngine, type SearchResponse } from '../../../main/search/engine';
import type { Interview } from '../../../main/library/types';
import { interview } from './helpers';

// A deterministic corpus where common words have varied frequencies, so that Lunr's pruned pass
// (each term's strongest entries) has real work to do.
function corpus(n: number): Interview[] {
  let seed = 7;
  const rand = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const words = ['harvest', 'village', 'market', 'school', 'river', 'railway', 'weaving', 'strike', 'mill', 'border'];
  return Array.from({ length: n }, (_v, i) => {
    const text = Array.from({ length: 60 + rand(200) }, () => words[rand(words.length)] ?? 'x').join(' ');
    return interview(`doc-${String(i).padStart(4, '0')}`, text);
  });
}

const ids = (r: SearchResponse): string[] => (r.ok ? r.hits.map((h) => h.id) : []);

describe('pruned ranking', async () => {
  const docs = corpus(CHAMPIONS * 3);
  const engine = await SearchEngine.build(docs, { workerPath: null });

  it.each(['harvest', 'village market', 'strike -mill', '+border railway', 'weav*'])('ranks the first page as a full evaluation does: %s', (q) => {
    const pruned = engine.search(q, { limit: 10 });
    // A page this deep makes the engine skip pruning and evaluate every match.
    const full = engine.search(q, { limit: CHAMPIONS });
    expect(ids(pruned)).toEqual(ids(full).slice(0, 10));
    expect(pruned.ok && pruned.total).toBe(full.ok && full.total);
  });
});

describe('building', () => {
  const docs = corpus(40);

  it('reports progress up to the total and can be cancelled', async () => {
    const seen: number[] = [];
    await SearchEngine.build(docs, { workerPath: null, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    await expect(SearchEngine.build(docs, { workerPath: null, signal: controller.signal })).rejects.toThrow(/cancelled/);
  });

  it('re-shards when updates grow the archive past twice the shard target', async () => {
    const small = corpus(10);
    const engine = await SearchEngine.build(small, { workerPath: null });
    const grown = corpus(SHARD_TARGET * 2 + 100).map((d) => ({ ...d, id: `new-${d.id}` }));
    await engine.update(grown, []);
    expect(engine.documentCount).toBe(small.length + grown.length);
    expect(engine.shards).toBe(Math.ceil(engine.documentCount / SHARD_TARGET));
    const r = engine.search('harvest', { limit: 1000 });
    expect(r.ok && r.total).toBe([...small, ...grown].filter((d) => d.text.includes('harvest')).length);
  });

  const require = createRequire(import.meta.url);
  let esbuild: typeof import('esbuild') | null = null;
  try {
    esbuild = require('esbuild') as typeof import('esbuild');
  } catch {
    esbuild = null;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'search-worker-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.skipIf(esbuild === null)('builds the same index in worker threads as in this thread (needs esbuild to bundle the worker)', async () => {
    const workerPath = join(tmp, 'shardWorker.js');
    esbuild?.buildSync({ entryPoints: [resolve(__dirname, '../../../main/search/shardWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerPath, logLevel: 'error' });
    const many = corpus(1200);
    const threaded = await SearchEngine.build(many, { workerPath, workers: 2 });
    const inThread = await SearchEngine.build(many, { workerPath: null });
    for (const q of ['harvest', '"village market"', 'rail*']) expect(threaded.search(q)).toEqual(inThread.search(q));
  });
});
