import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogEntry, ReadArchiveOptions, ReadArchiveResult } from './readArchive';
import { TextStore, recordOf, type InterviewRecord } from './textStore';
import type { ArchiveProblem } from './types';

// Bump when a reader changes what it extracts, or the layout changes: older caches are then read again.
// 5: Markdown front-matter tags.
const HEADER = { testimonyCatalog: 5 };

/** Where the catalog cache of an archive lives (Testimony's folder beside the documents). */
export function catalogCachePath(root: string): string {
  return path.join(root, '.testimony', 'cache', 'interviews.ndjson');
}

/** The texts that go with a catalog file. */
export const textStoreFor = (file: string): TextStore => new TextStore(path.join(path.dirname(file), 'texts'));

interface Line {
  path: string;
  size: number;
  mtimeMs: number;
  record?: InterviewRecord;
  problem?: ArchiveProblem;
}

function isLine(value: unknown): value is Line {
  const v = value as Partial<Line> | null;
  if (typeof v !== 'object' || v === null || typeof v.path !== 'string' || typeof v.size !== 'number' || typeof v.mtimeMs !== 'number') return false;
  const record = v.record === undefined || (typeof v.record.id === 'string' && typeof v.record.hash === 'string' && v.record.path === v.path);
  const problem = v.problem === undefined || typeof v.problem.reason === 'string';
  return record && problem && (v.record !== undefined || v.problem !== undefined);
}

export interface LoadedCatalog {
  entries: Map<string, CatalogEntry>;
  /** Lines dropped (damaged, or their text is gone): the archive must be scanned to find those files again. */
  dropped: number;
}

/**
 * Loads the saved catalog: metadata, file stamps and remembered failures, one line per file
 * (NDJSON). Texts stay on disk until asked for. It is only a cache: a missing file, another
 * version or a damaged line just means those files are read again.
 */
export async function loadCatalogFile(file: string, store = textStoreFor(file)): Promise<LoadedCatalog> {
  const entries = new Map<string, CatalogEntry>();
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { entries, dropped: 0 };
  }
  const lines = raw.split('\n');
  let header: unknown;
  try {
    header = JSON.parse(lines[0] ?? '');
  } catch {
    header = null;
  }
  if ((header as typeof HEADER | null)?.testimonyCatalog !== HEADER.testimonyCatalog) return { entries, dropped: 0 };
  let dropped = 0;
  for (const line of lines.slice(1)) {
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      dropped++;
      continue;
    }
    if (!isLine(value) || (value.record && !store.has(value.record))) {
      dropped++;
      continue;
    }
    const entry: CatalogEntry = { size: value.size, mtimeMs: value.mtimeMs };
    if (value.record) entry.interview = store.lazy(value.record);
    if (value.problem) entry.problem = value.problem;
    entries.set(value.path, entry);
  }
  return { entries, dropped };
}

/** The saved catalog's entries (see `loadCatalogFile`). */
export async function loadCatalog(file: string): Promise<Map<string, CatalogEntry>> {
  return (await loadCatalogFile(file)).entries;
}

/**
 * Saves the catalog: the texts not yet on disk first, then the metadata, written to a temporary
 * file and renamed over the old one, then the texts nobody uses any more are deleted.
 */
export async function saveCatalog(file: string, catalog: Map<string, CatalogEntry>, store = textStoreFor(file)): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const interviews = [...catalog.values()].flatMap((e) => (e.interview ? [e.interview] : []));
  store.save(interviews);
  const lines = [JSON.stringify(HEADER)];
  // In the scan's order (files are read two at a time and finish in any order): a warm start lists them so.
  const sorted = [...catalog].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [entryPath, { size, mtimeMs, interview, problem }] of sorted) {
    lines.push(JSON.stringify({ path: entryPath, size, mtimeMs, ...(interview ? { record: recordOf(interview) } : {}), ...(problem ? { problem } : {}) }));
  }
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, `${lines.join('\n')}\n`, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  store.prune(interviews);
}

/** Whether a read found anything the previous catalog did not already say. */
export function catalogChanged(previous: Map<string, CatalogEntry>, next: Map<string, CatalogEntry>): boolean {
  if (previous.size !== next.size) return true;
  for (const [entryPath, entry] of next) if (previous.get(entryPath) !== entry) return true;
  return false;
}

/**
 * A warm start: loads the saved catalog, reads only new or changed files, and saves the
 * catalog again only when something changed. A cache that cannot be written (read-only
 * archive) is not an error.
 */
export async function readArchiveCached(
  root: string,
  options: Omit<ReadArchiveOptions, 'previous'> & { cacheFile?: string } = {},
): Promise<ReadArchiveResult & { reused: number }> {
  const cacheFile = options.cacheFile ?? catalogCachePath(root);
  const store = textStoreFor(cacheFile);
  const previous = (await loadCatalogFile(cacheFile, store)).entries;
  const { readArchive } = await import('./readArchive');
  const result = await readArchive(root, { ...options, previous, store });
  let reused = 0;
  for (const [entryPath, entry] of result.catalog) if (previous.get(entryPath) === entry) reused++;
  if (catalogChanged(previous, result.catalog)) await saveCatalog(cacheFile, result.catalog, store).catch(() => undefined);
  return { ...result, reused };
}
