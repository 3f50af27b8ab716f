import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import type { Interview } from '../../../main/library/types';
import { summarise } from '../../../main/xref/entities';
import { cachedHashes, loadCandidates, saveShare } from '../../../main/xref/candidateCache';
import { findNamesInWorkers, namesInWorker } from '../../../main/xref/namesThread';
import type { Candidate } from '../../../main/xref/extract';

const repo = resolve(__dirname, '..', '..', '..');
const worker = join(repo, 'out', 'main', 'namesWorker.js');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the sample archive opened a second time: its texts are read from the catalog's text store, as the worker reads them. */
async function warmWorkspace(): Promise<{ base: string; ws: Workspace }> {
  const base = mkdtempSync(join(tmpdir(), 'testimony-names-'));
  dirs.push(base);
  const root = join(base, 'archive');
  cpSync(join(repo, 'archive'), root, { recursive: true, filter: (src) => !src.includes('.testimony') });
  const first = await Workspace.open(root, { userDataDir: join(base, 'user') });
  await first.ready;
  await first.close();
  return { base, ws: await Workspace.open(root, { userDataDir: join(base, 'user') }) };
}

/** Runs `body` on the warm copy's interviews, closing the workspace after it. */
async function withInterviews(body: (opened: { base: string; ws: Workspace; interviews: Interview[] }) => Promise<void>): Promise<void> {
  const { base, ws } = await warmWorkspace();
  try {
    await ws.ready;
    await body({ base, ws, interviews: ws.list().map((s) => ws.interview(s.id)) });
  } finally {
    await ws.close();
  }
}

describe('names found in the worker thread', () => {
  it.skipIf(!existsSync(worker))('are the entities found on the host thread, read from the same cached texts', async () => {
    await withInterviews(async ({ base, ws, interviews }) => {
      await ws.xref.prepare();
      const here = ws.xref.entities().map(summarise);
      expect(here.length).toBeGreaterThan(10);
      const progress: number[] = [];
      // A fresh data folder: the worker finds every name itself rather than reading this thread's cache.
      const job = { dataDir: join(base, 'worker-data'), aliases: ws.xref.aliases.entries, decisions: new Map() };
      const there = await namesInWorker(worker, interviews, job, (p) => progress.push(p.done));
      expect(there?.map(summarise)).toEqual(here);
      // Handed back a slice per request: many small slices make the same entities, in the same order.
      const sliced = await namesInWorker(worker, interviews, { ...job, sliceMentions: 20 });
      expect(sliced?.map(summarise)).toEqual(here);
      expect(progress.at(-1)).toBe(interviews.length);
    });
  });

  it.skipIf(!existsSync(worker))('split over several workers, cache the same names as one worker finds', async () => {
    await withInterviews(async ({ base, interviews }) => {
      const one = { dataDir: join(base, 'one'), aliases: [], decisions: new Map(), namesOnly: true };
      await namesInWorker(worker, interviews, one);
      const progress: Array<{ done: number; total: number }> = [];
      const three = { dataDir: join(base, 'three'), aliases: [], decisions: new Map() };
      expect(await findNamesInWorkers(worker, interviews, three, 3, (p) => progress.push(p))).toBe(true);
      const sorted = (dir: string) => [...loadCandidates(dir)].sort(([a], [b]) => a.localeCompare(b));
      expect(sorted(three.dataDir)).toEqual(sorted(one.dataDir));
      expect(sorted(three.dataDir).length).toBe(new Set(interviews.map((i) => i.hash)).size);
      expect(progress.at(-1)).toEqual({ done: interviews.length, total: interviews.length });
      // The shares' own files were merged into the one cache (and its list of hashes) and removed.
      expect(readdirSync(join(three.dataDir, 'cache', 'xref')).sort()).toEqual(['candidates.json', 'candidates.keys.json']);
      expect(cachedHashes(three.dataDir)).toEqual(new Set(loadCandidates(three.dataDir).keys()));
    });
  });

  it.skipIf(!existsSync(worker))('merge a share left by a stopped run into the cache, without finding its names again', async () => {
    await withInterviews(async ({ base, interviews }) => {
      const job = { dataDir: join(base, 'data'), aliases: [], decisions: new Map(), namesOnly: true };
      // A share of one interview, as a split run stopped before its merge leaves it.
      const [first] = interviews;
      const marked: Candidate[] = [{ name: 'Marker Person', kind: 'person' }];
      saveShare(job.dataDir, 0, new Map([[first!.hash, marked]]));
      const progress: Array<{ done: number; total: number }> = [];
      await namesInWorker(worker, interviews, job, (p) => progress.push(p));
      expect(loadCandidates(job.dataDir).get(first!.hash)).toEqual(marked);
      expect(progress.at(-1)).toEqual({ done: interviews.length - 1, total: interviews.length - 1 });
      expect(readdirSync(join(job.dataDir, 'cache', 'xref')).sort()).toEqual(['candidates.json', 'candidates.keys.json']);
    });
  });

  // Linux keeps a nice value per thread (the 19th field of /proc/<pid>/task/<tid>/stat).
  const niceOfThreads = (): Map<number, number> => new Map(readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return [Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
  }));

  it.skipIf(!existsSync(worker) || process.platform !== 'linux')('runs at low priority as background work, and only its own thread does', async () => {
    await withInterviews(async ({ base, interviews }) => {
      const seen = async (lowPriority: boolean): Promise<number[]> => {
        const nice: number[][] = [];
        const job = { dataDir: join(base, `data-${lowPriority}`), aliases: [], decisions: new Map(), namesOnly: true, lowPriority };
        await namesInWorker(worker, interviews, job, () => nice.push([...niceOfThreads().values()]));
        return nice[0] ?? [];
      };
      const before = niceOfThreads().get(process.pid);
      expect(await seen(true)).toContain(19);
      expect(niceOfThreads().get(process.pid)).toBe(before);
      expect(await seen(false)).not.toContain(19);
    });
  });
});
