import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFile, cachedHashes, loadCandidates, saveCandidates } from '../../../main/xref/candidateCache';
import type { Candidate } from '../../../main/xref/extract';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const dataDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-keys-'));
  dirs.push(dir);
  return dir;
};
const names = (n: number): Candidate[] => [{ name: `Person ${n}`, kind: 'person', n }];

describe('which texts the name cache holds', () => {
  it('is known without parsing the names, and agrees with the cache itself', () => {
    const dir = dataDir();
    expect(cachedHashes(dir)).toBeNull();
    saveCandidates(dir, new Map([['h1', names(1)], ['h2', names(2)]]));
    expect(cachedHashes(dir)).toEqual(new Set(loadCandidates(dir).keys()));
    expect(cachedHashes(dir)).toEqual(new Set(['h1', 'h2']));
  });

  it('is not trusted once the cache file changed without it (another writer, a restored backup)', () => {
    const dir = dataDir();
    saveCandidates(dir, new Map([['h1', names(1)]]));
    writeFileSync(cacheFile(dir), JSON.stringify({ version: 0, byHash: {} }));
    expect(cachedHashes(dir)).toBeNull();
  });
});
