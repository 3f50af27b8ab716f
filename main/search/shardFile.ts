/**
 * A shard's saved form: a small JSON header (array lengths), the ids, hashes and vocabulary as
 * newline-separated text, and the typed arrays as raw little-endian bytes: about a tenth of
 * Lunr's JSON. Splitting the text is about twice as fast as JSON.parse of the same lists. A host
 * decodes every shard before its first answer; a one-off command reads only the ids and hashes
 * until it searches, and then looks terms up in the text in place (vocabulary.ts).
 */
import { crc32 } from 'node:zlib';
import type { ShardData } from './shard';
import { attachSavedTerms } from './vocabulary';

const MAGIC = 0x54534832; // "TSH2"

interface Header {
  /** How many ids (= hashes) and terms the text block holds, and its length in bytes (before padding). */
  docs: number;
  terms: number;
  text: number;
  lengths: [number, number, number, number];
}

const SEP = '\n';
const SEP_BYTE = 0x0a;

/** Four-byte aligned, so the arrays after it can be read in place. */
const padded = (buf: Buffer): Buffer => {
  const pad = (4 - (buf.length % 4)) % 4;
  return pad > 0 ? Buffer.concat([buf, Buffer.alloc(pad, 0x20)]) : buf;
};

const bytes = (a: Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

export function encodeShard(data: ShardData): Buffer {
  const arrays = [data.fieldLengths, data.df, data.termStarts, data.postings] as const;
  const lists = [...data.ids, ...data.hashes, ...data.terms];
  // Analysis splits words at white space, so no term holds a newline; an id or hash never does.
  if (lists.some((s) => s.includes(SEP))) throw new Error('a shard string holds a newline');
  const text = Buffer.from(lists.join(SEP), 'utf8');
  const header: Header = {
    docs: data.ids.length, terms: data.terms.length, text: text.length,
    lengths: [arrays[0].length, arrays[1].length, arrays[2].length, arrays[3].length],
  };
  const json = padded(Buffer.from(JSON.stringify(header), 'utf8'));
  const prefix = Buffer.alloc(12);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(json.length, 4);
  const body = Buffer.concat([json, padded(text), ...arrays.map(bytes)]);
  prefix.writeUInt32LE(crc32(body), 8);
  return Buffer.concat([prefix, body]);
}

/** Where each part of a shard file lies, with every length checked against the file's size. */
interface Layout {
  header: Header;
  body: Buffer;
  /** Offset in `body` of the text block and of the first typed array. */
  text: number;
  arrays: number;
}

function layoutOf(buf: Buffer, checked: boolean): Layout {
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw new Error('not a shard file');
  const jsonLength = buf.readUInt32LE(4);
  const body = buf.subarray(12);
  if (!checked && crc32(body) !== buf.readUInt32LE(8)) throw new Error('shard checksum mismatch');
  const header = JSON.parse(body.subarray(0, jsonLength).toString('utf8')) as Header;
  const arrays = jsonLength + header.text + ((4 - (header.text % 4)) % 4);
  const words = header.lengths.reduce((n, l) => n + l, 0);
  if (arrays + words * 4 !== body.length || header.lengths[2] !== header.terms + 1) throw new Error('shard file has the wrong size');
  return { header, body, text: jsonLength, arrays };
}

/**
 * The shard in `buf`; throws when the file is not a whole, intact shard. `checked`: the caller
 * has already compared the whole file's checksum with the one it expected. The vocabulary is
 * read from the file as it is asked for (vocabulary.ts).
 */
export function decodeShard(buf: Buffer, checked = false, docs?: ShardDocs): ShardData {
  const layout = layoutOf(buf, checked);
  const { header, body, arrays } = layout;
  // The ids and hashes a look at what changed decoded already are not split again.
  const { ids, hashes, termsFrom } = docs ?? docsOf(layout);
  let at = arrays;
  // The arrays are read in place where the file's memory is aligned (a file read whole has its
  // own buffer); a buffer at an odd offset of a shared pool is copied into fresh memory.
  const take = (n: number): Uint32Array => {
    const offset = body.byteOffset + at;
    const end = at + n * 4;
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
  const data = { ids, hashes, fieldLengths: take(l0), df: take(l1), termStarts: take(l2), postings: take(l3), pairs: null };
  return attachSavedTerms(data, body.subarray(termsFrom, layout.text + header.text), header.terms);
}

/** A shard's ids and hashes, from the start of its text block, and where the terms after them begin. */
export type ShardDocs = Pick<ShardData, 'ids' | 'hashes'> & { termsFrom: number };

function docsOf({ header, body, text }: Layout): ShardDocs {
  const end = text + header.text;
  let at = text;
  for (let n = 0; n < header.docs * 2 && at <= end; n++) {
    const next = body.indexOf(SEP_BYTE, at);
    at = next === -1 || next >= end ? end + 1 : next + 1;
  }
  const lists = header.docs === 0 ? [] : body.subarray(text, at - 1).toString('utf8').split(SEP);
  if (lists.length !== header.docs * 2 || (header.terms > 0) !== (at < end)) throw new Error('shard file has the wrong size');
  return { ids: lists.slice(0, header.docs), hashes: lists.slice(header.docs), termsFrom: Math.min(at, end) };
}

/**
 * Only the ids and content hashes of the shard in `buf`, without its vocabulary, for a look at
 * what changed. Checks the same layout as `decodeShard`, so a file that passes decodes later.
 */
export function decodeShardDocs(buf: Buffer, checked = false): ShardDocs {
  return docsOf(layoutOf(buf, checked));
}
