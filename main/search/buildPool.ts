/**
 * Builds shards in worker threads (each has its own heap, so peak memory is split and two cores
 * work at once), or in this thread when no built worker file exists (tests run from sources).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Interview } from '../library/types';
import { buildShard, type ShardData } from './shard';
import { shardDoc, shardInputOf } from './shardDocs';
import type { BuildRequest, WorkerReply } from './shardWorker';

export interface PoolOptions {
  /** Number of worker threads; defaults to the number of cores, at most 4. */
  workers?: number;
  /** The built worker file (`out/main/shardWorker.js`); null forces building in this thread. */
  workerPath?: string | null;
  signal?: AbortSignal;
  onDocs?(docs: number): void;
}

export class BuildAborted extends Error {
  constructor() {
    super('Indexing was cancelled.');
    this.name = 'AbortError';
  }
}

/** The worker file beside the running bundle (or beside the chunk folder it was split into), if any. */
export function defaultWorkerPath(): string | null {
  if (typeof __dirname !== 'string') return null;
  return [join(__dirname, 'shardWorker.js'), join(__dirname, '..', 'shardWorker.js')].find((p) => existsSync(p)) ?? null;
}

/**
 * Builds each shard from its interviews. A worker reads the stored texts of its shard itself when
 * the shard's turn comes, so only the shards being built hold their texts (a large archive's
 * texts never all sit in memory at once) and the host's thread never reads them.
 */
export async function buildShards(inputs: Map<number, Interview[]>, opts: PoolOptions = {}): Promise<Map<number, ShardData>> {
  const workerPath = opts.workerPath === undefined ? defaultWorkerPath() : opts.workerPath;
  if (workerPath === null) return buildInThread(inputs, opts);
  const count = Math.max(1, Math.min(opts.workers ?? Math.min(4, availableParallelism()), inputs.size));
  // Biggest shards first, so no worker is left with one large shard at the end.
  const queue = [...inputs.entries()].sort((a, b) => b[1].length - a[1].length);
  const results = new Map<number, ShardData>();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const onAbort = (): void => reject(new BuildAborted());
      if (opts.signal?.aborted) return onAbort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const feed = (worker: Worker): void => {
        const next = queue.shift();
        if (next === undefined) {
          if (--running === 0) resolve();
          return;
        }
        worker.postMessage({ shard: next[0], docs: next[1].map(shardDoc) } satisfies BuildRequest);
      };
      // A stored text the worker could not read (damaged) is read here, where the text store heals it and says so.
      const readHere = (worker: Worker, shard: number): void => {
        try {
          worker.postMessage({ shard, docs: (inputs.get(shard) ?? []).map(shardInputOf) } satisfies BuildRequest);
        } catch (err) {
          reject(err);
        }
      };
      for (let i = 0; i < count; i++) {
        const worker = new Worker(workerPath);
        workers.push(worker);
        running++;
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'progress') opts.onDocs?.(reply.docs);
          else if (reply.kind === 'unreadable') readHere(worker, reply.shard);
          else if (reply.kind === 'error') reject(new Error(`Indexing failed: ${reply.message}`));
          else {
            results.set(reply.shard, reply.data);
            feed(worker);
          }
        });
        worker.on('error', (err) => reject(err));
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

async function buildInThread(inputs: Map<number, Interview[]>, opts: PoolOptions): Promise<Map<number, ShardData>> {
  const results = new Map<number, ShardData>();
  for (const [shard, docs] of inputs) {
    if (opts.signal?.aborted) throw new BuildAborted();
    results.set(shard, buildShard(docs.map(shardInputOf), () => opts.onDocs?.(1)));
    // Let the event loop breathe between shards (progress events, cancellation).
    await new Promise((r) => setImmediate(r));
  }
  return results;
}
