/**
 * A shard's word-pair filters, saved in a file of their own beside the shard: a warm start, an
 * index run with nothing changed and a search without phrases never read them (at 20,000
 * interviews they made those about 6% slower when they were part of the shard file). The file
 * names the checksum of the shard file it belongs to, so a filter is never used for another
 * version of the shard.
 */
import { crc32 } from 'node:zlib';
import type { PairFilters } from './shard';

const MAGIC = 0x54504631; // "TPF1"
const PREFIX = 20;

const bytes = (a: Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** The file: magic, the shard file's checksum, documents, filter words, body checksum; then the two arrays. */
export function encodePairs(pairs: PairFilters, shardCrc: number): Buffer {
  const body = Buffer.concat([bytes(pairs.starts), bytes(pairs.filters)]);
  const prefix = Buffer.alloc(PREFIX);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(shardCrc >>> 0, 4);
  prefix.writeUInt32LE(pairs.starts.length - 1, 8);
  prefix.writeUInt32LE(pairs.filters.length, 12);
  prefix.writeUInt32LE(crc32(body), 16);
  return Buffer.concat([prefix, body]);
}

/** The filters in `buf` if they are whole and belong to the shard file with checksum `shardCrc` holding `docs` documents; null otherwise. */
export function decodePairs(buf: Buffer, shardCrc: number, docs: number): PairFilters | null {
  if (buf.length < PREFIX || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== shardCrc >>> 0 || buf.readUInt32LE(8) !== docs) return null;
  const words = buf.readUInt32LE(12);
  const body = buf.subarray(PREFIX);
  if (body.length !== 4 * (docs + 1 + words) || crc32(body) !== buf.readUInt32LE(16)) return null;
  // Copied into fresh, aligned memory (a file read whole may sit at any offset of a pool).
  const all = new Uint32Array(docs + 1 + words);
  bytes(all).set(body);
  const starts = all.subarray(0, docs + 1);
  if (starts[docs] !== words) return null;
  for (let d = 0; d < docs; d++) if ((starts[d] ?? 0) > (starts[d + 1] ?? 0)) return null;
  return { starts, filters: all.subarray(docs + 1) };
}
