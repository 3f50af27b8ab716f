import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { summarise } from '../../../main/xref/entities';
import { namesInWorker } from '../../../main/xref/namesThread';

const repo = resolve(__dirname, '..', '..', '..');
const worker = join(repo, 'out', 'main', 'namesWorker.js');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('names found in the worker thread', () => {
  it.skipIf(!existsSync(worker))('are the entities found on the host thread, read from the same cached texts', async () => {
    const base = mkdtempSync(join(tmpdir(), 'testimony-names-'));
    dirs.push(base);
    const root = join(base, 'archive');
    cpSync(join(repo, 'archive'), root, { recursive: true, filter: (src) => !src.includes('.testimony') });
    const first = await Workspace.open(root, { userDataDir: join(base, 'user') });
    await first.ready;
    await first.close();
    // Warm: the interviews' texts are read from the catalog's text store, as the worker reads them.
    const ws = await Workspace.open(root, { userDataDir: join(base, 'user') });
    try {
      await ws.ready;
      await ws.xref.prepare();
      const here = ws.xref.entities().map(summarise);
      expect(here.length).toBeGreaterThan(10);
      const interviews = ws.list().map((s) => ws.interview(s.id));
      const progress: number[] = [];
      // A fresh data folder: the worker finds every name itself rather than reading this thread's cache.
      const job = { dataDir: join(base, 'worker-data'), aliases: ws.xref.aliases.entries, decisions: new Map() };
      const there = await namesInWorker(worker, interviews, job, (p) => progress.push(p.done));
      expect(there?.map(summarise)).toEqual(here);
      expect(progress.at(-1)).toBe(interviews.length);
    } finally {
      await ws.close();
    }
  });
});
