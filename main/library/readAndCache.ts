import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { catalogChanged, loadCatalogFile, saveCatalog, textStoreFor } from './catalogCache';
import { listArchive, loadStamps, sameListing, saveStamps, stampsPath, stampsVersion } from './freshness';
import { recordOf, storedIn, type InterviewRecord } from './textStore';
import type { ArchiveProblem, Interview } from './types';
import { hasCatalogues, sidecarsIn } from '../exchange/metadata/layersPresent';

export interface ReadJob {
  root: string;
  catalogFile: string;
  /** Ignore the cache and read every file again. */
  full: boolean;
  /** The watcher saw changes: skip the walk on this thread (the worker's read checks stamps itself). */
  changed?: boolean;
  /** Testimony's data folder: where saved catalogue mappings are (metadata edits sit beside the files). */
  dataDir?: string;
  /**
   * The stamps version of the interviews the host already holds: when those stamps are still the
   * saved ones and every file still matches them, the read answers `unchanged` and sends nothing.
   */
  held?: string;
}

export interface ReadOutcome {
  interviews: Interview[];
  problems: ArchiveProblem[];
  /** The saved stamps that vouch for these interviews (see `stampsVersion`), when there are any. */
  stampsVersion?: string | null;
}

/** A worker's answer: records whose texts are in the catalog's text store, or whole interviews when it could not store them. */
type WorkerOutcome = ({ records: InterviewRecord[]; interviews?: undefined } | { interviews: Interview[]; records?: undefined } | { unchanged: true; records?: undefined; interviews?: undefined })
  & { problems: ArchiveProblem[]; stampsVersion?: string | null };

export type ReadReply = { kind: 'progress'; done: number; total: number } | ({ kind: 'done' } & WorkerOutcome) | { kind: 'error'; message: string };

/**
 * The archive exactly as the catalog last saw it, when a walk of its folders finds every file's
 * stamp unchanged: no file read, nothing written. Null when anything may have changed.
 */
export async function readIfUnchanged(job: ReadJob): Promise<ReadOutcome | null> {
  if (job.full) return null;
  // Before the stamps are read: a save in between makes the version differ, never match wrongly.
  const version = stampsVersion(job.catalogFile);
  const stamps = loadStamps(job.catalogFile);
  if (stamps === null) return null;
  const { entries, dropped } = await loadCatalogFile(job.catalogFile);
  if (dropped > 0 || entries.size === 0) return null;
  const listing = listArchive(job.root);
  if (listing === null || !sameListing(listing, stamps.listing)) return null;
  const interviews: Interview[] = [];
  const problems = [...stamps.scanProblems];
  for (const entry of entries.values()) {
    if (entry.interview) interviews.push(entry.interview);
    if (entry.problem) problems.push(entry.problem);
  }
  return { interviews, problems, stampsVersion: version };
}

/**
 * Whether the archive is still as the host holds it (`job.held`): its stamps not saved since,
 * every file's stamp the same, and no metadata from outside the files (sidecars and catalogues
 * are not in the stamps, and apply on every read).
 */
function stillAsHeld(job: ReadJob): boolean {
  if (job.full || job.held === undefined || stampsVersion(job.catalogFile) !== job.held) return false;
  if (job.dataDir && hasCatalogues(job.dataDir)) return false;
  const stamps = loadStamps(job.catalogFile);
  const listing = stamps && listArchive(job.root);
  if (!stamps || !listing || !sameListing(listing, stamps.listing)) return false;
  return sidecarsIn(job.root, [...listing.keys()]).size === 0 && stampsVersion(job.catalogFile) === job.held;
}

/** A warm or cold read of the archive that leaves the catalog cache current, writing only what changed. */
export async function readAndCache(job: ReadJob, onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<ReadOutcome> {
  const unchanged = await readIfUnchanged(job);
  if (unchanged) return unchanged;
  // The walk comes before the scan: whatever changes after it is seen as a change next time.
  const listing = listArchive(job.root);
  // One store for the whole read: each text goes to disk as it is read, and saving writes nothing twice.
  const store = textStoreFor(job.catalogFile);
  const previous = job.full ? new Map() : (await loadCatalogFile(job.catalogFile, store)).entries;
  // The readers (PDF, DOCX, HTML parsers) load only when a file has to be read.
  const { readArchive } = await import('./readArchive');
  const { interviews, problems, catalog, scanProblems } = await readArchive(job.root, { previous, signal, store, onProgress: ({ done, total }) => onProgress(done, total) });
  try {
    const before = loadStamps(job.catalogFile);
    const stampsChanged = listing === null || before === null || !sameListing(listing, before.listing) || JSON.stringify(before.scanProblems) !== JSON.stringify(scanProblems);
    if (catalogChanged(previous, catalog) || stampsChanged) {
      // The stamps vouch for the catalog: they go first and come back only once the catalog is whole.
      await rm(stampsPath(job.catalogFile), { force: true });
      if (job.full || catalogChanged(previous, catalog)) await saveCatalog(job.catalogFile, catalog, store);
      if (listing) await saveStamps(job.catalogFile, { listing, scanProblems });
    }
  } catch (error) {
    console.warn('[testimony] could not save the catalog cache', error);
    return { interviews, problems, stampsVersion: null };
  }
  return { interviews, problems, stampsVersion: stampsVersion(job.catalogFile) };
}

/**
 * Reads the archive for a host: in this thread when nothing changed (a walk and the catalog's
 * metadata), otherwise in a worker thread when the built worker file exists (the app and the
 * CLI), or in this thread (tests running from sources). Aborting terminates the worker, which
 * also stops a parser stuck in synchronous work.
 */
type OnProgress = (done: number, total: number) => void;
/** With `job.held`, the answer may be `unchanged`: the interviews the host holds are still the archive. */
export function readArchiveOffThread(workerPath: string | undefined, job: ReadJob & { held: string }, onProgress: OnProgress, signal?: AbortSignal): Promise<ReadOutcome | 'unchanged'>;
export function readArchiveOffThread(workerPath: string | undefined, job: ReadJob & { held?: undefined }, onProgress: OnProgress, signal?: AbortSignal): Promise<ReadOutcome>;
export async function readArchiveOffThread(workerPath: string | undefined, job: ReadJob, onProgress: OnProgress, signal?: AbortSignal): Promise<ReadOutcome | 'unchanged'> {
  const outcome = await readOffThread(workerPath, job, onProgress, signal);
  if (outcome === 'unchanged') return outcome;
  return job.dataDir ? { ...(await withMetadata(job.root, job.dataDir, outcome)), stampsVersion: outcome.stampsVersion } : outcome;
}

/** Catalogue rows and the researcher's edits apply on every read, over the cached reader output. */
async function withMetadata(root: string, dataDir: string, outcome: ReadOutcome): Promise<ReadOutcome> {
  const sidecars = sidecarsIn(root, outcome.interviews.map((i) => i.path));
  // Most archives have neither: then the code that reads them (zod, CSV, format readers) is not even loaded.
  if (sidecars.size === 0 && !hasCatalogues(dataDir)) return outcome;
  const { applyMetadata } = await import('../exchange/metadata/overlay');
  return applyMetadata(root, dataDir, outcome.interviews, outcome.problems, sidecars);
}

async function readOffThread(workerPath: string | undefined, job: ReadJob, onProgress: (done: number, total: number) => void, signal?: AbortSignal): Promise<ReadOutcome | 'unchanged'> {
  const file = workerPath && existsSync(workerPath) ? workerPath : null;
  if (!file && stillAsHeld(job)) return 'unchanged';
  const unchanged = job.changed && file ? null : await readIfUnchanged(job);
  if (unchanged) return unchanged;
  if (!file) return readAndCache(job, onProgress, signal);
  const outcome = await new Promise<WorkerOutcome>((resolve, reject) => {
    const worker = new Worker(file, { workerData: job });
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
      if (reply.kind === 'done') resolve(reply);
      else reject(new Error(reply.message));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
  if ('unchanged' in outcome) return 'unchanged';
  if (outcome.interviews) return outcome;
  // Texts stay on disk, where the worker saved them, until a snippet or the reader needs one.
  const store = textStoreFor(job.catalogFile);
  return { interviews: outcome.records.map((r) => store.lazy(r)), problems: outcome.problems, stampsVersion: outcome.stampsVersion };
}

/** The worker's side: the read, then only metadata crosses back when every text is in the store. */
export async function readForHost(job: ReadJob, onProgress: (done: number, total: number) => void): Promise<WorkerOutcome> {
  // The walk of a large archive takes a while, and a host's look after its watcher starts usually finds nothing.
  if (stillAsHeld(job)) return { unchanged: true, problems: [] };
  const { interviews, problems, stampsVersion: version } = await readAndCache(job, onProgress);
  return interviews.every((i) => storedIn(i) !== undefined) ? { records: interviews.map(recordOf), problems, stampsVersion: version } : { interviews, problems, stampsVersion: version };
}
