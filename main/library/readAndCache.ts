import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { loadCatalog, saveCatalog } from './catalogCache';
import { readArchive } from './readArchive';
import type { ArchiveProblem, Interview } from './types';
import { applyMetadata } from '../exchange/metadata/overlay';

export interface ReadJob {
  root: string;
  catalogFile: string;
  /** Ignore the cache and read every file again. */
  full: boolean;
  /** Testimony's data folder: where saved catalogue mappings are (metadata edits sit beside the files). */
  dataDir?: string;
}

export interface ReadOutcome {
  interviews: Interview[];
  problems: ArchiveProblem[];
}

export type ReadReply = { kind: 'progress'; done: number; total: number } | ({ kind: 'done' } & ReadOutcome) | { kind: 'error'; message: string };

/** A warm or cold read of the archive that leaves the catalog cache current. */
export async function readAndCache(job: ReadJob, onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<ReadOutcome> {
  const previous = job.full ? undefined : await loadCatalog(job.catalogFile);
  const { interviews, problems, catalog } = await readArchive(job.root, { previous, signal, onProgress: ({ done, total }) => onProgress(done, total) });
  await saveCatalog(job.catalogFile, catalog).catch((error: unknown) => console.warn('[testimony] could not save the catalog cache', error));
  // Catalogue rows and the researcher's edits apply on every read, over the cached reader output.
  return job.dataDir ? await applyMetadata(job.root, job.dataDir, interviews, problems) : { interviews, problems };
}

/**
 * Runs `readAndCache` in a worker thread when the built worker file exists (the app and the
 * CLI), or in this thread otherwise (tests running from sources). Aborting terminates the worker,
 * which also stops a parser stuck in synchronous work.
 */
export function readArchiveOffThread(workerPath: string | undefined, job: ReadJob, onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<ReadOutcome> {
  if (!workerPath || !existsSync(workerPath)) return readAndCache(job, onProgress, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { workerData: job });
    const abort = (): void => {
      void worker.terminate();
      reject(new DOMException('Reading was cancelled.', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    const finish = (): void => signal?.removeEventListener('abort', abort);
    worker.on('message', (reply: ReadReply) => {
      if (reply.kind === 'progress') return onProgress(reply.done, reply.total);
      finish();
      void worker.terminate();
      if (reply.kind === 'done') resolve({ interviews: reply.interviews, problems: reply.problems });
      else reject(new Error(reply.message));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
}
