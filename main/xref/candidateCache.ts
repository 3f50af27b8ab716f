/**
 * Names found per interview text, saved in `<data>/cache/xref/` keyed by the text's hash, so a
 * warm start does not read every interview again. A cache: deleting it only costs time, and an
 * unreadable one is ignored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../annotations/store/snapshot';
import type { Candidate } from './extract';

/** Bump when finding names changes what it finds: both caches are then rebuilt. */
export const CANDIDATES_VERSION = 9;

export function cacheFile(dataDir: string): string {
  return join(dataDir, 'cache', 'xref', 'candidates.json');
}

export function loadCandidates(dataDir: string): Map<string, Candidate[]> {
  try {
    const parsed = JSON.parse(readFileSync(cacheFile(dataDir), 'utf8')) as { version?: unknown; byHash?: Record<string, Candidate[]> };
    if (parsed.version !== CANDIDATES_VERSION || typeof parsed.byHash !== 'object' || parsed.byHash === null) return new Map();
    return new Map(Object.entries(parsed.byHash).filter(([, list]) => Array.isArray(list)));
  } catch {
    return new Map();
  }
}

export function saveCandidates(dataDir: string, byHash: ReadonlyMap<string, Candidate[]>): void {
  try {
    mkdirSync(join(dataDir, 'cache', 'xref'), { recursive: true });
    writeFileDurably(cacheFile(dataDir), JSON.stringify({ version: CANDIDATES_VERSION, byHash: Object.fromEntries(byHash) }));
  } catch {
    // A read-only data folder: the names are found again next time.
  }
}
