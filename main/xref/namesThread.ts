/**
 * Runs a names job (namesJob.ts) in a worker thread. Only the interviews' metadata crosses over:
 * the worker reads the texts from the catalog's text store itself. Entities come back in small
 * messages, each asked for once the one before is taken and the event loop has turned (Node
 * parses all the messages queued on a port in one go: 25 at once paused the host 150–350 ms).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { chunksInTurns, mapInTurns } from '../library/mapInTurns';
import { type InterviewRecord, recordOf, storedIn } from '../library/textStore';
import type { Interview } from '../library/types';
import type { Entity } from './entities';
import type { NamesJob, NamesRecords, NamesReply } from './namesJob';

export interface NamesProgress {
  done: number;
  total: number;
}

type JobOptions = Omit<NamesJob, 'records' | 'textsDir'>;

/** The job as a worker takes it, or null when there is no built worker or the texts are not all in one text store. */
async function workerJob(workerFile: string | undefined, interviews: Interview[], job: JobOptions): Promise<NamesJob | null> {
  if (!workerFile || !existsSync(workerFile) || interviews.length === 0) return null;
  const textsDir = storedIn(interviews[0]!);
  if (textsDir === undefined || interviews.some((i) => storedIn(i) !== textsDir)) return null;
  return { ...job, textsDir, records: await mapInTurns(interviews, recordOf) };
}

/**
 * One worker running `job` until it says done; `onReply` sees every other reply (it may answer on
 * `worker`). `onDone` may keep the worker for more work it asks of it (true): it is then ended at
 * the next done.
 */
function runWorker(workerFile: string, job: NamesJob, onReply: (reply: NamesReply, worker: Worker) => void, signal?: AbortSignal, onDone?: (worker: Worker) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    // The records follow in messages, one per turn, rather than all cloned with the worker's start.
    const worker = new Worker(workerFile, { workerData: { ...job, records: [] } satisfies NamesJob });
    void sendRecords(worker, job.records);
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
      if (reply.kind !== 'done' && reply.kind !== 'error') return onReply(reply, worker);
      if (reply.kind === 'done' && onDone?.(worker) === true) return void (onDone = undefined);
      finish();
      if (reply.kind === 'done') resolve();
      else reject(new Error(reply.message));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
}

/** The records after the worker's start, a message per turn: cloning 20,000 at once paused the host about 50 ms. */
async function sendRecords(worker: Worker, records: readonly InterviewRecord[]): Promise<void> {
  await chunksInTurns(records, (chunk) => worker.postMessage({ kind: 'records', records: [...chunk] } satisfies NamesRecords));
  worker.postMessage({ kind: 'records-end' } satisfies NamesRecords);
}

/**
 * The entities, found in the worker; null when there is no built worker or the texts are not
 * all in one text store (then the caller finds them on its own thread).
 */
export async function namesInWorker(
  workerFile: string | undefined,
  interviews: Interview[],
  job: JobOptions,
  onProgress?: (progress: NamesProgress) => void,
  signal?: AbortSignal,
): Promise<Entity[] | null> {
  const workerData = await workerJob(workerFile, interviews, job);
  if (!workerData) return null;
  const entities: Entity[] = [];
  // Each message brings its own copy of every mention's interview id: one string per interview
  // instead keeps the host's old space (and so its major collections) small.
  const ids = new Map(interviews.map((i) => [i.id, i.id]));
  await runWorker(workerFile!, workerData, (reply, worker) => {
    if (reply.kind === 'progress') return onProgress?.({ done: reply.done, total: reply.total });
    if (reply.kind !== 'entities') return;
    for (const e of reply.entities) {
      for (const m of e.mentions) m.interviewId = ids.get(m.interviewId) ?? m.interviewId;
      entities.push(e);
    }
    setImmediate(() => worker.postMessage('next'));
  }, signal);
  return entities;
}

/**
 * Finds and caches the names of the interviews not in the name cache (an index run), split over
 * `workers` worker threads: finding names is most of a cold index and one thread left the other
 * core idle. Each share saves its own file; one more worker then merges them into the cache, so
 * the host's thread never parses or writes the names (at 1,000 interviews that was 150 ms).
 * False when there is no built worker (the caller finds them itself).
 */
export async function findNamesInWorkers(
  workerFile: string | undefined,
  interviews: Interview[],
  job: Omit<JobOptions, 'namesOnly' | 'share'>,
  workers: number,
  onProgress?: (progress: NamesProgress) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  const base = await workerJob(workerFile, interviews, { ...job, namesOnly: true });
  if (!base) return false;
  const progress = Array.from({ length: workers }, () => ({ done: 0, total: 0 }));
  let running = workers;
  // The single writer is the share that finishes last: its names job without a share finds
  // nothing new and merges the shares into the cache. A worker started for it loaded its modules
  // again while the other core stood idle (0.3 s of a cold index at 5,000).
  const mergeInLast = (worker: Worker): boolean => {
    if (--running > 0) return false;
    worker.postMessage({ kind: 'merge' } satisfies NamesRecords);
    return true;
  };
  await Promise.all(progress.map((mine, index) => runWorker(workerFile!, { ...base, share: { index, of: workers } }, (reply) => {
    if (reply.kind !== 'progress') return;
    Object.assign(mine, reply);
    onProgress?.(progress.reduce((sum, p) => ({ done: sum.done + p.done, total: sum.total + p.total }), { done: 0, total: 0 }));
  }, signal, mergeInLast)));
  return true;
}
