import type { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { openMediaInside } from './readText';
import type { Interview } from './types';

/** An interview's recording, ready to be served: its real path is inside the archive. */
export interface MediaFile {
  absPath: string;
  root: string;
  size: number;
  type: string;
}

/** An id as the engine makes them (interviewId): anything else never reaches the file system. */
export const MEDIA_ID = /^[0-9a-f]{12}$/;

function inside(root: string, target: string): boolean {
  return target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The recording of an interview, or undefined when it has none or it now leads out of the archive. */
export async function mediaFileOf(root: string, interview: Interview | undefined): Promise<MediaFile | undefined> {
  if (!interview?.media) return undefined;
  const rootReal = await realpath(root);
  const real = await realpath(path.join(rootReal, ...interview.media.path.split('/'))).catch(() => undefined);
  if (!real || !inside(rootReal, real)) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? { absPath: real, root: rootReal, size: info.size, type: interview.media.type } : undefined;
}

export interface MediaReply {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** The bytes to send, inclusive; absent for 416. */
  range?: { start: number; end: number };
}

/**
 * The answer to a GET of a recording with an optional Range header (RFC 9110 §14): one range
 * (`bytes=a-b`, `bytes=a-`, `bytes=-n`) gets 206 with Content-Range; a range past the end 416;
 * no range, or several (which media elements never ask for), the whole file.
 */
export function mediaReply(file: Pick<MediaFile, 'size' | 'type'>, rangeHeader: string | undefined): MediaReply {
  const base = { 'Content-Type': file.type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  const whole: MediaReply = { status: 200, headers: { ...base, 'Content-Length': String(file.size) }, ...(file.size > 0 ? { range: { start: 0, end: file.size - 1 } } : {}) };
  const match = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader?.trim() ?? '');
  if (!match || (!match[1] && !match[2])) return whole;
  const last = file.size - 1;
  let start: number;
  let end: number;
  if (!match[1]) {
    start = Math.max(0, file.size - Number(match[2]));
    end = last;
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), last) : last;
  }
  if (start > end || start >= file.size) return { status: 416, headers: { ...base, 'Content-Range': `bytes */${file.size}` } };
  return { status: 206, headers: { ...base, 'Content-Length': String(end - start + 1), 'Content-Range': `bytes ${start}-${end}/${file.size}` }, range: { start, end } };
}

/** The bytes of a reply, read through a handle opened inside the archive (a swapped-in link is refused). */
export async function mediaStream(file: MediaFile, range: { start: number; end: number }): Promise<Readable> {
  const fd = await openMediaInside(file.absPath, file.root);
  return createReadStream('', { fd, start: range.start, end: range.end, autoClose: true });
}
