/**
 * A shard's saved form: a small JSON header (ids, hashes, vocabulary) and its typed arrays as
 * raw little-endian bytes — about a tenth of Lunr's JSON and parsed without JSON.parse on the bulk.
 */
import { crc32 } from 'node:zlib';
import type { ShardData } from './shard';

const MAGIC = 0x54534831; // "TSH1"

interface Header {
  ids: string[];
  hashes: string[];
  terms: string[];
  lengths: [number, number, number, number];
}

const bytes = (a: Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

export function encodeShard(data: ShardData): Buffer {
  const arrays = [data.fieldLengths, data.df, data.termStarts, data.postings];
  const header: Header = {
    ids: data.ids, hashes: data.hashes, terms: data.terms,
    lengths: [arrays[0]!.length, arrays[1]!.length, arrays[2]!.length, arrays[3]!.length],
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - (json.length % 4)) % 4;
  if (pad > 0) json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const prefix = Buffer.alloc(12);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(json.length, 4);
  const body = Buffer.concat([json, ...arrays.map(bytes)]);
  prefix.writeUInt32LE(crc32(body), 8);
  return Buffer.concat([prefix, body]);
}

/**
 * The shard in `buf`; throws when the file is not a whole, intact shard. `checked`: the caller
 * has already compared the whole file's checksum with the one it expected.
 */
export function decodeShard(buf: Buffer, checked = false): ShardData {
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw new Error('not a shard file');
  const jsonLength = buf.readUInt32LE(4);
  const body = buf.subarray(12);
  if (!checked && crc32(body) !== buf.readUInt32LE(8)) throw new Error('shard checksum mismatch');
  const header = JSON.parse(body.subarray(0, jsonLength).toString('utf8')) as Header;
  let at = jsonLength;
  // The arrays are read in place where the file's memory is aligned (a file read whole has its
  // own buffer); a buffer at an odd offset of a shared pool is copied into fresh memory.
  const take = (n: number): Uint32Array => {
    const offset = body.byteOffset + at;
    const end = at + n * 4;
    if (end > body.length) throw new Error('shard file has the wrong size');
    let out: Uint32Array;
    if (offset % 4 === 0) out = new Uint32Array(body.buffer, offset, n);
    else {
      out = new Uint32Array(n);
      bytes(out).set(body.subarray(at, end));
    }
    at = end;
    return out;
  };
  const [l0, l1, l2, l3] = header.lengths;
  const data: ShardData = {
    ids: header.ids, hashes: header.hashes, terms: header.terms,
    fieldLengths: take(l0), df: take(l1), termStarts: take(l2), postings: take(l3),
  };
  if (at !== body.length || data.termStarts.length !== data.terms.length + 1) throw new Error('shard file has the wrong size');
  return data;
}
