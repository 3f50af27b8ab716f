import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { SearchEngine } from '../../../main/search/engine';
import { onDamagedText, recordOf, TextStore } from '../../../main/library/textStore';
import type { Interview } from '../../../main/library/types';
import { interview } from './helpers';

const require = createRequire(__filename);
let esbuild: typeof import('esbuild') | null = null;
try {
  esbuild = require('esbuild') as typeof import('esbuild');
} catch {
  esbuild = null;
}

/** Interviews with real text hashes, as the catalog has them (the text store checks them). */
const corpus = (n: number): Interview[] => Array.from({ length: n }, (_v, i) => {
  const text = `Interview ${i} about the harvest${i % 3 === 0 ? ' and the railway strike' : ''} in the village of ${['Arbil', 'Khalis', 'Dyala'][i % 3]}.`;
  return interview(`i${i}`, text, { hash: createHash('sha256').update(text).digest('hex') });
});

describe('shard workers read the stored texts themselves', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'stored-texts-'));
  const workerPath = join(tmp, 'shardWorker.js');
  esbuild?.buildSync({ entryPoints: [resolve(__dirname, '../../../main/search/shardWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerPath, logLevel: 'error' });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());
  const stored = (dir: string, interviews: Interview[]): Interview[] => {
    const store = new TextStore(dir);
    store.save(interviews);
    return interviews.map((i) => store.lazy(recordOf(i)));
  };

  it.skipIf(esbuild === null)('builds the same index as from texts in memory, without reading a text on this thread', async () => {
    const interviews = corpus(600);
    const lazy = stored(join(tmp, 'texts-a'), interviews);
    const reads = vi.spyOn(TextStore.prototype as unknown as { body(): unknown }, 'body');
    const threaded = await SearchEngine.build(lazy, { workerPath, workers: 2 });
    expect(reads).not.toHaveBeenCalled();
    const inMemory = await SearchEngine.build(interviews, { workerPath: null });
    for (const q of ['harvest', 'railway strike', 'Khalis', 'vill*']) {
      const a = threaded.search(q);
      expect(a).toMatchObject({ ok: true });
      expect(a).toEqual(inMemory.search(q));
    }
  });

  it.skipIf(esbuild === null)('a damaged stored text is read on this thread, where the store deletes it and says so', async () => {
    const dir = join(tmp, 'texts-b');
    const lazy = stored(dir, corpus(20));
    const damaged = readdirSync(dir).find((f) => f.startsWith('i7-')) ?? '';
    writeFileSync(join(dir, damaged), '[]\nnot the text');
    const told: string[] = [];
    const stop = onDamagedText((d) => told.push(d));
    try {
      await expect(SearchEngine.build(lazy, { workerPath, workers: 1 })).rejects.toThrow(/damaged/);
    } finally {
      stop();
    }
    expect(told).toEqual([dir]);
    expect(readdirSync(dir)).not.toContain(damaged);
  });
});
