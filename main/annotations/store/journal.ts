/**
 * The append-only journal: one operation per line, `<crc32 hex> <json>\n`, where the JSON holds
 * the sequence number and the operation. A line is acknowledged only after fsync, so:
 * - a line without its newline, or NUL bytes past the last good line, was never acknowledged
 *   (a torn write): trimming it loses nothing;
 * - a complete line that fails its checksum is damage (a bit flip, an edit by hand): it is kept
 *   aside in quarantine and reported, never dropped in silence.
 * JSON.stringify escapes NUL, newlines and lone surrogates, so a record is always one line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import type { z } from 'zod';
import { JournalRecordSchema } from './ops';

/** A journal line once parsed: its sequence number and one operation of the store it belongs to. */
export interface LogRecord<Op = unknown> {
  seq: number;
  o: Op;
}

const NEWLINE = 0x0a;

export function encodeRecord(record: LogRecord): Buffer {
  const json = Buffer.from(JSON.stringify(record), 'utf8');
  const head = Buffer.from(`${crc32(json).toString(16).padStart(8, '0')} `, 'latin1');
  return Buffer.concat([head, json, Buffer.from([NEWLINE])]);
}

/** Why a complete line was refused; undefined when it is a good record. */
function decodeLine<Op>(line: Buffer, schema: z.ZodType<LogRecord<Op>>): LogRecord<Op> | string {
  if (line.length < 10 || line[8] !== 0x20) return 'not a journal line';
  const json = line.subarray(9);
  const expected = Number.parseInt(line.subarray(0, 8).toString('latin1'), 16);
  if (!/^[0-9a-f]{8}$/.test(line.subarray(0, 8).toString('latin1')) || crc32(json) !== expected) return 'checksum mismatch';
  let value: unknown;
  try {
    value = JSON.parse(json.toString('utf8'));
  } catch {
    return 'checksum matches but JSON does not parse';
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : `not a valid operation: ${parsed.error.issues[0]?.message ?? 'unknown'}`;
}

export interface DamagedLine {
  offset: number;
  reason: string;
  bytes: Buffer;
}

export interface SegmentRead<Op = unknown> {
  records: LogRecord<Op>[];
  /** Byte offset just past the last good record: where a damaged tail is cut. */
  goodEnd: number;
  /** Damage followed by at least one good record. */
  middle: DamagedLine[];
  /** Everything after the last good record, when there is any. */
  tail?: { offset: number; bytes: Buffer; torn: boolean };
}

/** Reads one segment; `schema` checks each record (the annotation store's by default). */
export function readSegment<Op = z.infer<typeof JournalRecordSchema>['o']>(buf: Buffer, schema: z.ZodType<LogRecord<Op>> = JournalRecordSchema as unknown as z.ZodType<LogRecord<Op>>): SegmentRead<Op> {
  const out: SegmentRead<Op> = { records: [], goodEnd: 0, middle: [] };
  let pending: DamagedLine[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(NEWLINE, pos);
    if (nl < 0) break;
    const line = buf.subarray(pos, nl);
    const decoded = isBlank(line) ? 'blank line' : decodeLine(line, schema);
    if (typeof decoded === 'string') {
      pending.push({ offset: pos, reason: decoded, bytes: Buffer.from(line) });
    } else {
      out.middle.push(...pending.filter((d) => !isBlank(d.bytes)));
      pending = [];
      out.records.push(decoded);
      out.goodEnd = nl + 1;
    }
    pos = nl + 1;
  }
  if (out.goodEnd < buf.length) {
    const bytes = Buffer.from(buf.subarray(out.goodEnd));
    // Torn: the write never finished (no newline after the damage, or only NULs/blank lines).
    const torn = pending.every((d) => isBlank(d.bytes)) || pending.length === 0;
    out.tail = { offset: out.goodEnd, bytes, torn };
  }
  return out;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0 && b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Appends records to one segment file; each append returns only once the bytes are on disk. */
export class JournalWriter {
  private fd: number | undefined;
  size: number;

  constructor(readonly file: string) {
    const existed = fs.existsSync(file);
    this.fd = fs.openSync(file, 'a');
    this.size = fs.fstatSync(this.fd).size;
    // A new file's name must survive a crash too.
    if (!existed) fsyncDir(path.dirname(file));
  }

  /**
   * Appends one record; returns once it is on disk. When a write or fsync fails (ENOSPC, EIO),
   * the bytes it left are cut off at once, back to the last acknowledged record, so the next
   * record is never appended onto a torn one (a long-lived host would otherwise lose it at the
   * next open). If even the cut fails, it is retried before the next append.
   */
  append(record: LogRecord): void {
    if (this.fd === undefined) throw new Error('The journal is closed.');
    const fd = this.fd;
    if (this.torn) this.cutTornTail(fd);
    const bytes = encodeRecord(record);
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } catch (error) {
      this.torn = true;
      try {
        this.cutTornTail(fd);
      } catch {
        // Kept torn: the next append cuts it first, or refuses.
      }
      throw new JournalWriteError(error);
    }
    this.size += bytes.length;
  }

  private torn = false;

  private cutTornTail(fd: number): void {
    fs.ftruncateSync(fd, this.size);
    fs.fsyncSync(fd);
    this.torn = false;
  }

  close(): void {
    if (this.fd === undefined) return;
    fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/** A record that could not be written: not acknowledged, and nothing before it was touched. */
export class JournalWriteError extends Error {
  readonly userMessage: string;
  constructor(cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EDQUOT' ? 'the disk quota is used up' : `the disk refused the write (${code ?? String(cause)})`;
    super(`The change was not saved: ${why}. Free some space and try again; everything saved before is safe.`, { cause });
    this.name = 'JournalWriteError';
    this.userMessage = this.message;
  }
}
