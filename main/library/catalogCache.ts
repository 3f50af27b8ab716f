import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { readArchive, type CatalogEntry, type ReadArchiveOptions, type ReadArchiveResult } from './readArchive';

// Bump when a reader changes what it extracts: older caches are then read again.
const HEADER = { testimonyCatalog: 4 };

/** Where the catalog cache of an archive lives (Testimony's folder beside the documents). */
export function catalogCachePath(root: string): string {
  return path.join(root, '.testimony', 'cache', 'interviews.ndjson');
}

function isEntry(value: unknown): value is { path: string } & CatalogEntry {
  const v = value as Partial<CatalogEntry & { path: string }> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.path === 'string' && typeof v.size === 'number' && typeof v.mtimeMs === 'number' &&
    typeof v.interview?.text === 'string' && Array.isArray(v.interview.passages) && v.interview.path === v.path
  );
}

/**
 * Loads the saved catalog. It is only a cache: a missing file, another version or a damaged
 * line just means those files are read again. One line per interview (NDJSON) so a large
 * archive never has to fit in one string.
 */
export async function loadCatalog(file: string): Promise<Map<string, CatalogEntry>> {
  const catalog = new Map<string, CatalogEntry>();
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let first = true;
    for await (const line of lines) {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        continue;
      }
      if (first) {
        first = false;
        if ((value as typeof HEADER | null)?.testimonyCatalog !== HEADER.testimonyCatalog) return new Map();
        continue;
      }
      if (isEntry(value)) catalog.set(value.path, { size: value.size, mtimeMs: value.mtimeMs, interview: value.interview });
    }
  } catch {
    return new Map();
  }
  return catalog;
}

/** Saves the catalog: written to a temporary file, then renamed over the old one. */
export async function saveCatalog(file: string, catalog: Map<string, CatalogEntry>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temp, 'utf8');
  try {
    const write = (line: string): Promise<void> | void => {
      if (!out.write(`${line}\n`)) return new Promise((resolve) => out.once('drain', resolve));
    };
    await write(JSON.stringify(HEADER));
    for (const [entryPath, entry] of catalog) await write(JSON.stringify({ path: entryPath, ...entry }));
    out.end();
    await finished(out);
    await rename(temp, file);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * A warm start: loads the saved catalog, reads only new or changed files, saves the catalog
 * again. A cache that cannot be written (read-only archive) is not an error.
 */
export async function readArchiveCached(
  root: string,
  options: Omit<ReadArchiveOptions, 'previous'> & { cacheFile?: string } = {},
): Promise<ReadArchiveResult & { reused: number }> {
  const cacheFile = options.cacheFile ?? catalogCachePath(root);
  const previous = await loadCatalog(cacheFile);
  const result = await readArchive(root, { ...options, previous });
  let reused = 0;
  for (const [entryPath, entry] of result.catalog) if (previous.get(entryPath) === entry) reused++;
  await saveCatalog(cacheFile, result.catalog).catch(() => undefined);
  return { ...result, reused };
}
