/**
 * Runs a names job (namesJob.ts) in a worker thread. Only the interviews' metadata crosses over:
 * the worker reads the texts from the catalog's text store itself. Entities come back in small
 * messages, each asked for once the one before is taken and the event loop has turned (Node
 * parses all the messages queued on a port in one go: 25 at once paused the host 150–350 ms).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { recordOf, storedIn } from '../library/textStore';
import type { Interview } from '../library/types';
import type { Entity } from './entities';
import type { NamesJob, NamesReply } from './namesJob';

export interface NamesProgress {
  done: number;
  total: number;
}

/**
 * The entities, found in the worker; null when there is no built worker or the texts are not
 * all in one text store (then the caller finds them on its own thread).
 */
export async function namesInWorker(
  workerFile: string | undefined,
  interviews: Interview[],
  job: Omit<NamesJob, 'records' | 'textsDir'>,
  onProgress?: (progress: NamesProgress) => void,
  signal?: AbortSignal,
): Promise<Entity[] | null> {
  if (!workerFile || !existsSync(workerFile) || interviews.length === 0) return null;
  const textsDir = storedIn(interviews[0]!);
  if (textsDir === undefined || interviews.some((i) => storedIn(i) !== textsDir)) return null;
  const workerData: NamesJob = { ...job, textsDir, records: interviews.map(recordOf) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData });
    const entities: Entity[] = [];
    const abort = (): void => {
      void worker.terminate();
      reject(new DOMException('Finding names was stopped.', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    const finish = (): void => {
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
    };
    worker.on('message', (reply: NamesReply) => {
      if (reply.kind === 'progress') return onProgress?.({ done: reply.done, total: reply.total });
      if (reply.kind === 'entities') {
        for (const e of reply.entities) entities.push(e);
        setImmediate(() => worker.postMessage('next'));
        return;
      }
      finish();
      if (reply.kind === 'done') resolve(entities);
      else reject(new Error(reply.message));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
}
