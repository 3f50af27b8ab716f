/**
 * The saved index under `<archive>/.testimony/cache/search/`: one file per shard, its word-pair
 * filters beside it, and a manifest written last. Anything missing, foreign or damaged makes
 * `readCache` return null, and the caller rebuilds: the cache is disposable (a missing or damaged
 * filter file only means that phrase candidates are checked on their texts).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { FIELDS } from './fields';
import { decodePairs, encodePairs } from './pairFile';
import type { PairFilters, ShardData } from './shard';
import { type ShardDocs, decodeShard, decodeShardDocs, encodeShard } from './shardFile';

/** Bump when analysis or the file layout changes: old caches are then rebuilt. */
export const CACHE_FORMAT = 'testimony-search/4';

interface Manifest {
  format: string;
  shardCount: number;
  documentCount: number;
  /** Archive-wide average field lengths, for the record; recomputed from the shards on load. */
  averageFieldLengths: Record<string, number>;
  shards: { file: string; docs: number; crc: number }[];
}

const shardFile = (no: number): string => `shard-${String(no).padStart(4, '0')}.bin`;
const pairsFile = (no: number): string => `shard-${String(no).padStart(4, '0')}.pairs`;

/**
 * The word-pair filters saved beside shard `no` (read when a phrase first needs them), or null
 * when they are missing, damaged or belong to another version of the shard.
 */
export function readPairs(dir: string, no: number, shardCrc: number | undefined, docs: number): PairFilters | null {
  if (shardCrc === undefined) return null;
  try {
    return decodePairs(readFileSync(join(dir, pairsFile(no))), shardCrc, docs);
  } catch {
    return null;
  }
}

/**
 * Writes the shards in `only` (all when null) and a manifest listing every shard with its
 * checksum; `checksums` remembers the checksums of shards written earlier, so unchanged shards
 * are neither encoded nor written again.
 */
export async function writeCache(dir: string, shardCount: number, shards: Map<number, ShardData>, only: Set<number> | null, averages: number[], checksums: Map<number, number>): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Loaded when a save happens, not by every search that only reads the cache.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  const entries: Manifest['shards'] = [];
  for (let no = 0; no < shardCount; no++) {
    const data = shards.get(no);
    if (data === undefined) throw new Error(`shard ${no} is missing`);
    let crc = checksums.get(no);
    if (only === null || only.has(no) || crc === undefined) {
      const buf = encodeShard(data);
      crc = crc32(buf);
      if (data.pairs !== null) await writeFileAtomic(join(dir, pairsFile(no)), encodePairs(data.pairs, crc), { fsync: false });
      await writeFileAtomic(join(dir, shardFile(no)), buf, { fsync: false });
      checksums.set(no, crc);
    }
    entries.push({ file: shardFile(no), docs: data.ids.length, crc });
  }
  const manifest: Manifest = {
    format: CACHE_FORMAT, shardCount,
    documentCount: entries.reduce((n, e) => n + e.docs, 0),
    averageFieldLengths: Object.fromEntries(FIELDS.map((f, i) => [f, Math.round((averages[i] ?? 0) * 100) / 100])),
    shards: entries,
  };
  await writeFileAtomic(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
}

/** A shard file read and checked, with its interviews decoded. */
export interface CachedShard {
  file: Buffer;
  docs: ShardDocs;
}

/** A saved index as read: each shard's checked file and its interviews, not yet decoded. */
export interface CachedIndex {
  shardCount: number;
  shards: Map<number, CachedShard>;
  checksums: Map<number, number>;
}

/**
 * The saved index in `dir`, every file checked whole (checksum and layout), with each shard's
 * ids and content hashes; the vocabularies and postings are decoded later (`decodeCachedShard`),
 * only when something searches. Null when anything is missing, foreign or damaged.
 */
export async function readCache(dir: string): Promise<CachedIndex | null> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== CACHE_FORMAT || manifest.shards.length !== manifest.shardCount) return null;
    const shards = new Map<number, CachedShard>();
    const checksums = new Map<number, number>();
    const bufs = await Promise.all(manifest.shards.map((s) => readFile(join(dir, s.file))));
    for (const [no, entry] of manifest.shards.entries()) {
      const buf = bufs[no];
      if (buf === undefined || crc32(buf) !== entry.crc) return null;
      shards.set(no, { file: buf, docs: decodeShardDocs(buf, true) });
      checksums.set(no, entry.crc);
    }
    return { shardCount: manifest.shardCount, shards, checksums };
  } catch {
    return null;
  }
}

/** A shard of a `CachedIndex`, whose file was checked when it was read. */
export const decodeCachedShard = ({ file, docs }: CachedShard): ShardData => decodeShard(file, true, docs);
