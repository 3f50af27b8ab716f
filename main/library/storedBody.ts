/**
 * The bytes of one stored text (see TextStore): made to be read back fast, because every hit on a
 * results page reads its text again (about 20 a query).
 *
 * Layout: a header line `TX2 <encoding> <passage bytes> <crc32>`, then the passages as JSON
 * columns, then the text. The text is stored as Latin-1 where every character fits in a byte and
 * as UTF-16 otherwise: both decode by copying (8-11 us for a 31,000-character text, against
 * 34-70 us from UTF-8), at the price of twice the bytes for a text with any other character.
 * A CRC-32 over everything after the header finds a damaged file (7-11 us, against 19-24 us for
 * SHA-256). Passages as columns of values parse in about 6 us, against 18 us as objects.
 *
 * Stores written before (version 1: the passages as JSON objects on one line, then the text in
 * UTF-8, checked against the interview's SHA-256) are still read.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Passage } from './types';

/** What a stored file holds: the text, and its passages parsed on first use (a phrase check reads the text alone). */
export interface StoredBody {
  text: string;
  /** Throws when the passages turn out damaged. */
  passages(): Passage[];
}

const MAGIC = 'TX2';
type Encoding = 'latin1' | 'utf16le';
const NEWLINE = 0x0a;
const HEADER = /^TX2 (latin1|utf16le) (\d+) (\d+)$/;

/** Every field a passage may have, a column each: the check below fails the build when a field is added (add it to `fromColumns` too). */
const PASSAGE_FIELDS = ['start', 'end', 'speaker', 'time', 'endTime', 'keywords'] as const;
type Unlisted = Exclude<keyof Passage, (typeof PASSAGE_FIELDS)[number]>;
const everyFieldListed: Unlisted extends never ? true : never = true;
void everyFieldListed;

type Columns = Partial<Record<(typeof PASSAGE_FIELDS)[number], unknown[]>>;

function toColumns(passages: readonly Passage[]): Columns {
  const columns: Columns = {};
  for (const field of PASSAGE_FIELDS) {
    if (!passages.some((p) => p[field] !== undefined)) continue;
    columns[field] = passages.map((p) => p[field] ?? null);
  }
  return columns;
}

function fromColumns(columns: Columns): Passage[] {
  const { start = [], end = [], speaker, time, endTime, keywords } = columns;
  for (const column of [end, speaker, time, endTime, keywords]) if (column !== undefined && column.length !== start.length) throw new Error('damaged passages');
  const out = new Array<Passage>(start.length);
  for (let i = 0; i < start.length; i++) {
    const [from, to] = [start[i], end[i]];
    if (typeof from !== 'number' || typeof to !== 'number') throw new Error('damaged passages');
    // Fields added in one order, so every passage of every text shares a few shapes (a lookup stays fast).
    const passage: Passage = { start: from, end: to };
    if (speaker?.[i] != null) passage.speaker = speaker[i] as string;
    if (time?.[i] != null) passage.time = time[i] as number;
    if (endTime?.[i] != null) passage.endTime = endTime[i] as number;
    if (keywords?.[i] != null) passage.keywords = keywords[i] as string[];
    out[i] = passage;
  }
  return out;
}

/** The stored form of a text and its passages. */
export function encodeBody(text: string, passages: readonly Passage[]): Buffer {
  const encoding: Encoding = /[\u0100-\uffff]/.test(text) ? 'utf16le' : 'latin1';
  const json = Buffer.from(JSON.stringify(toColumns(passages)), 'utf8');
  const payload = Buffer.from(text, encoding);
  const body = Buffer.concat([json, payload]);
  return Buffer.concat([Buffer.from(`${MAGIC} ${encoding} ${json.length} ${crc32(body)}\n`, 'latin1'), body]);
}

/**
 * The body held by `bytes` (a stored file's content), or null when it is damaged: a version-2
 * file whose checksum fails, a version-1 file whose text does not match `hash`.
 */
export function decodeBody(bytes: Buffer, hash: string): StoredBody | null {
  const cut = bytes.indexOf(NEWLINE);
  if (cut < 0) return null;
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return decodeVersion1(bytes, cut, hash);
  const header = HEADER.exec(bytes.toString('latin1', 0, cut));
  if (header === null) return null;
  const jsonEnd = cut + 1 + Number(header[2]);
  if (jsonEnd > bytes.length || crc32(bytes.subarray(cut + 1)) !== Number(header[3])) return null;
  const encoding = header[1] as Encoding;
  if (encoding === 'utf16le' && (bytes.length - jsonEnd) % 2 !== 0) return null;
  const json = bytes.toString('utf8', cut + 1, jsonEnd);
  return { text: bytes.toString(encoding, jsonEnd), passages: once(() => fromColumns(JSON.parse(json) as Columns)) };
}

function decodeVersion1(bytes: Buffer, cut: number, hash: string): StoredBody | null {
  if (createHash('sha256').update(bytes.subarray(cut + 1)).digest('hex') !== hash) return null;
  const json = bytes.toString('utf8', 0, cut);
  return { text: bytes.toString('utf8', cut + 1), passages: once(() => JSON.parse(json) as Passage[]) };
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
