import { reasonOf } from './errors';
import { attachMedia } from './media';
import { readInterviewWithNotes } from './readInterview';
import { scanArchive, type ArchiveFile } from './scan';
import type { TextStore } from './textStore';
import type { ArchiveProblem, Interview } from './types';

/**
 * What is remembered about a file between runs, to skip re-reading it when unchanged: the
 * interview read from it, or why it could not be read (a failure is not retried until the
 * file's stamp changes), and any caveat to show again.
 */
export interface CatalogEntry {
  size: number;
  mtimeMs: number;
  interview?: Interview;
  problem?: ArchiveProblem;
}

export interface ReadProgress {
  done: number;
  total: number;
  path: string;
}

export interface ReadArchiveOptions {
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  /** The last run's catalog: unchanged files (same size and mtime) are not read again. */
  previous?: Map<string, CatalogEntry>;
  /** Most bytes of text indexed per file (default 20 MB). */
  capBytes?: number;
  /** Files read at once (default 2: the machine has 2 cores and readers are mostly CPU). */
  concurrency?: number;
  /**
   * Where each text goes as soon as it is read: the catalog then holds records whose texts are
   * read back on demand, so the read's memory does not grow with the archive's words.
   */
  store?: TextStore;
}

export interface ReadArchiveResult {
  interviews: Interview[];
  problems: ArchiveProblem[];
  /** Path → entry for every file read or reused: save it as the next run's `previous`. */
  catalog: Map<string, CatalogEntry>;
  /** The problems the scan found (before any file was read). */
  scanProblems: ArchiveProblem[];
}

function unchanged(file: ArchiveFile, entry: CatalogEntry | undefined): entry is CatalogEntry {
  return entry !== undefined && entry.size === file.size && entry.mtimeMs === file.mtimeMs;
}

/**
 * Reads every interview in an archive folder. One bad file never stops the rest: it becomes a
 * problem (reported once, with its path and a reason) and the others are read.
 */
export async function readArchive(root: string, options: ReadArchiveOptions = {}): Promise<ReadArchiveResult> {
  const { files, problems, media } = await scanArchive(root, { signal: options.signal });
  const scanProblems = [...problems];
  const catalog = new Map<string, CatalogEntry>();
  const reported = new Set(problems.map((p) => p.path));
  const report = (problem: ArchiveProblem): void => {
    if (reported.has(problem.path)) return;
    reported.add(problem.path);
    problems.push(problem);
  };
  let done = 0;
  let next = 0;
  const readOne = async (file: ArchiveFile): Promise<void> => {
    const known = options.previous?.get(file.path);
    if (unchanged(file, known)) {
      catalog.set(file.path, known);
      if (known.problem) report(known.problem);
      return;
    }
    const stamp = { size: file.size, mtimeMs: file.mtimeMs };
    try {
      const { interview, notes } = await readInterviewWithNotes(file, { capBytes: options.capBytes, store: options.store });
      const warning: ArchiveProblem | undefined = notes.length ? { path: file.path, reason: notes.join('; '), severity: 'warning' } : undefined;
      catalog.set(file.path, { ...stamp, interview, ...(warning ? { problem: warning } : {}) });
      if (warning) report(warning);
    } catch (error) {
      const problem: ArchiveProblem = { path: file.path, reason: reasonOf(error), severity: 'error' };
      catalog.set(file.path, { ...stamp, problem });
      report(problem);
    }
  };
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      options.signal?.throwIfAborted();
      const file = files[next++];
      if (!file) break;
      await readOne(file);
      options.onProgress?.({ done: ++done, total: files.length, path: file.path });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  const interviews = files.flatMap((f) => {
    const entry = catalog.get(f.path);
    return entry?.interview ? [entry.interview] : [];
  });
  const { changed, unclaimed } = attachMedia(interviews, media);
  // A new entry object tells the catalog cache that this interview's recording changed.
  for (const interview of changed) catalog.set(interview.path, { ...catalog.get(interview.path)!, interview });
  for (const problem of unclaimed) {
    // Known from the scan alone: kept with the scan's problems for a warm start.
    scanProblems.push(problem);
    report(problem);
  }
  return { interviews, problems, catalog, scanProblems };
}
