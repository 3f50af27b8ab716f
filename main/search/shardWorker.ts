/** Worker-thread entry: builds the shards it is sent, so the main thread stays responsive. */
import { parentPort } from 'node:worker_threads';
import { buildShard, type ShardInput } from './shard';
import { shardInput, type ShardDoc } from './shardDocs';

export interface BuildRequest {
  shard: number;
  docs: ShardDoc[];
}

export type WorkerReply =
  | { kind: 'progress'; docs: number }
  | { kind: 'done'; shard: number; data: import('./shard').ShardData }
  | { kind: 'error'; shard: number; message: string }
  /** A stored text could not be read here: the host reads the shard's texts itself (and heals the store). */
  | { kind: 'unreadable'; shard: number };

const port = parentPort;
if (port) {
  port.on('message', (req: BuildRequest) => {
    let docs: ShardInput[];
    try {
      docs = req.docs.map(shardInput);
    } catch {
      port.postMessage({ kind: 'unreadable', shard: req.shard } satisfies WorkerReply);
      return;
    }
    try {
      let pending = 0;
      const data = buildShard(docs, () => {
        if (++pending === 25) {
          port.postMessage({ kind: 'progress', docs: pending } satisfies WorkerReply);
          pending = 0;
        }
      });
      if (pending > 0) port.postMessage({ kind: 'progress', docs: pending } satisfies WorkerReply);
      const arrays = [data.fieldLengths, data.df, data.termStarts, data.postings, data.pairs?.starts, data.pairs?.filters];
      const transfer = arrays.flatMap((a) => (a === undefined ? [] : [a.buffer])) as ArrayBuffer[];
      port.postMessage({ kind: 'done', shard: req.shard, data } satisfies WorkerReply, transfer);
    } catch (err) {
      port.postMessage({ kind: 'error', shard: req.shard, message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
    }
  });
}
