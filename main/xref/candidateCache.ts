/**
 * Names found per interview text, saved in `<data>/cache/xref/` keyed by the text's hash, so a
 * warm start does not read every interview again. A cache: deleting it only costs time, and an
 * unreadable one is ignored.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
