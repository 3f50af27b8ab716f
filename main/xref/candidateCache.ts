/**
 * Names found per interview text, saved in `<data>/cache/xref/` keyed by the text's hash, so a
 * warm start does not read every interview again. A cache: deleting it only costs time, and an
 * unreadable one is ignored.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../annotations/store/snapshot';
import type { Candidate } from './extract';

/** Bump when finding names changes what it finds: both caches are then rebuilt. */
export const CANDIDATES_VERSION = 9;

function xrefDir(dataDir: string): string {
  return join(dataDir, 'cache', 'xref');
}

export function cacheFile(dataDir: string): string {
  return join(xrefDir(dataDir), 'candidates.json');
}

/**
 * The hashes the cache holds, beside it with the cache file's size and mtime: whether any names
 * are missing is then answered without parsing every name (a third of a second at 5,000 interviews).
 */
function keysFile(dataDir: string): string {
  return join(xrefDir(dataDir), 'candidates.keys.json');
}

const stampOf = (file: string): string => {
  const st = statSync(file);
  return `${st.size}:${st.mtimeMs}`;
};

/** The text hashes whose names are in the cache, or null when that is not known without reading it. */
export function cachedHashes(dataDir: string): Set<string> | null {
  try {
    const keys = JSON.parse(readFileSync(keysFile(dataDir), 'utf8')) as { version?: unknown; stamp?: unknown; hashes?: unknown };
    if (keys.version !== CANDIDATES_VERSION || keys.stamp !== stampOf(cacheFile(dataDir)) || !Array.isArray(keys.hashes)) return null;
    return new Set(keys.hashes.filter((h): h is string => typeof h === 'string'));
  } catch {
    return null;
  }
}

/** Lists the hashes of the cache as it is on disk now (written after the cache, and tied to its stamp: a stale list is never trusted). */
export function rememberHashes(dataDir: string, hashes: Iterable<string>): void {
  try {
    writeFileDurably(keysFile(dataDir), JSON.stringify({ version: CANDIDATES_VERSION, stamp: stampOf(cacheFile(dataDir)), hashes: [...hashes] }));
  } catch {
    // A read-only data folder: the cache itself is read next time.
  }
}

/** Where one share of a run split over workers keeps the names it found until a single writer merges them in. */
function shareFile(dataDir: string, index: number): string {
  return join(xrefDir(dataDir), `candidates.share-${index}.json`);
}

const SHARE_RE = /^candidates\.share-\d+\.json$/;

export function loadCandidates(dataDir: string): Map<string, Candidate[]> {
  return readCandidates(cacheFile(dataDir));
}

function readCandidates(file: string): Map<string, Candidate[]> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; byHash?: Record<string, Candidate[]> };
    if (parsed.version !== CANDIDATES_VERSION || typeof parsed.byHash !== 'object' || parsed.byHash === null) return new Map();
    return new Map(Object.entries(parsed.byHash).filter(([, list]) => Array.isArray(list)));
  } catch {
    return new Map();
  }
}

export function saveCandidates(dataDir: string, byHash: ReadonlyMap<string, Candidate[]>, file = cacheFile(dataDir)): void {
  try {
    mkdirSync(xrefDir(dataDir), { recursive: true });
    writeFileDurably(file, JSON.stringify({ version: CANDIDATES_VERSION, byHash: Object.fromEntries(byHash) }));
    if (file === cacheFile(dataDir)) rememberHashes(dataDir, byHash.keys());
  } catch {
    // A read-only data folder: the names are found again next time.
  }
}

/** Saves one share's names beside the cache (workers write their own files, so no two write one). */
export function saveShare(dataDir: string, index: number, byHash: ReadonlyMap<string, Candidate[]>): void {
  saveCandidates(dataDir, byHash, shareFile(dataDir, index));
}

/**
 * Adds the names every share file holds to `into` and returns the files, for the caller to
 * remove once the merged cache is saved. A share left by a run that was stopped still counts:
 * its names were found from texts identified by their hash.
 */
export function takeShares(dataDir: string, into: Map<string, Candidate[]>): string[] {
  const dir = xrefDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => SHARE_RE.test(n));
  } catch {
    return [];
  }
  const files = names.map((n) => join(dir, n));
  for (const file of files) for (const [hash, list] of readCandidates(file)) into.set(hash, list);
  return files;
}

export function removeShares(files: readonly string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
