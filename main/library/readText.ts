import { close, closeSync, constants, existsSync, fstat, fstatSync, open, openSync, read, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { readlink as readlinkAsync, realpath as realpathAsync, stat as statAsync } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { decodeText, type DecodedText } from './decode';
import { ArchiveReadError } from './errors';

/** Text indexed per file: beyond this the head is kept and the rest reported, never loaded. */
export const DEFAULT_TEXT_CAP_BYTES = 20 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

const PROC_FD = existsSync('/proc/self/fd');

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** The file calls a read makes, by descriptor: each may answer at once or later. */
interface FileCalls {
  open(path: string, flags: number): number | Promise<number>;
  realpath(path: string): string | Promise<string>;
  readlink(path: string): string | Promise<string>;
  fstat(fd: number): Stats | Promise<Stats>;
  stat(path: string): Stats | Promise<Stats>;
  read(fd: number, buffer: Buffer, offset: number, length: number, position: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

const readAsync = promisify(read);
const waiting: FileCalls = {
  open: promisify(open) as (path: string, flags: number) => Promise<number>,
  realpath: (p) => realpathAsync(p),
  readlink: (p) => readlinkAsync(p),
  fstat: promisify(fstat),
  stat: (p) => statAsync(p),
  read: async (fd, buffer, offset, length, position) => (await readAsync(fd, buffer, offset, length, position)).bytesRead,
  close: promisify(close),
};
const blocking: FileCalls = { open: openSync, realpath: (p) => realpathSync(p), readlink: (p) => readlinkSync(p), fstat: (fd) => fstatSync(fd), stat: (p) => statSync(p), read: readSync, close: closeSync };

/**
 * A worker thread (a file reader of its own) blocks on its calls: six hops to the I/O pool and
 * back for each file cost more than the calls themselves (a third of a read worker's time was
 * spent waiting). The main thread never blocks.
 */
const calls: FileCalls = isMainThread ? waiting : blocking;

/** Both ways of calling, for tests that check each one refuses what it must. */
export const FILE_CALLS = { waiting, blocking } as const;

/**
 * Opens a file of the archive and confirms that what was opened is inside `root`: a file swapped
 * for a link to /etc/passwd between the scan and the read is refused, not indexed. The last path
 * part is opened without following links where the scan saw a plain file (`noFollow`), and the
 * opened descriptor's own path is checked (on Linux through /proc; elsewhere its device and inode
 * must match the file its real path names). Gives back the descriptor, for the caller to close.
 */
export async function openInside(absPath: string, root: string | undefined, noFollow = false, via: FileCalls = calls): Promise<number> {
  let fd: number;
  try {
    fd = await via.open(absPath, constants.O_RDONLY | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new ArchiveReadError('the file was replaced by a link while the archive was being read: not read');
    throw error;
  }
  if (root === undefined) return fd;
  try {
    const rootReal = await via.realpath(root);
    let opened: string;
    if (PROC_FD) {
      opened = await via.readlink(`/proc/self/fd/${fd}`);
    } else {
      opened = await via.realpath(absPath);
      const [a, b] = [await via.fstat(fd), await via.stat(opened)];
      if (a.dev !== b.dev || a.ino !== b.ino) opened = '';
    }
    if (!inside(rootReal, opened)) throw new ArchiveReadError('the file now leads outside the archive (it was replaced by a link while being read): not read');
    return fd;
  } catch (error) {
    await via.close(fd);
    throw error;
  }
}

/** Opens a media file inside the archive (see `openInside`) for a stream; the main thread never blocks on it. */
export const openMediaInside = (absPath: string, root: string | undefined): Promise<number> => openInside(absPath, root, false, waiting);

/** Reads at most `capBytes` from the start of a file, so huge files never become huge strings. */
export async function readHead(absPath: string, capBytes: number, root?: string, noFollow = false): Promise<{ bytes: Buffer; truncated: boolean }> {
  const fd = await openInside(absPath, root, noFollow);
  try {
    const { size } = await calls.fstat(fd);
    const length = Math.min(size, capBytes);
    const bytes = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const bytesRead = await calls.read(fd, bytes, filled, length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: bytes.subarray(0, filled), truncated: size > capBytes };
  } finally {
    await calls.close(fd);
  }
}

/**
 * Reads a whole file of the archive (see `openInside`), as large as it was when opened and at
 * most `maxBytes`: a file swapped for a bigger one after the reader checked its size is refused,
 * never read into memory.
 */
export async function readWhole(absPath: string, root: string | undefined, noFollow: boolean | undefined, maxBytes: number): Promise<Buffer> {
  const { bytes, truncated } = await readHead(absPath, maxBytes, root, noFollow);
  if (truncated) throw new ArchiveReadError(`the file is larger than ${formatBytes(maxBytes)}, too large to read`);
  return bytes;
}

/** Reads and decodes a text file, capped; the note says so when the file was cut short. */
export async function readTextFile(absPath: string, capBytes = DEFAULT_TEXT_CAP_BYTES, root?: string, noFollow = false): Promise<DecodedText> {
  const { bytes, truncated } = await readHead(absPath, capBytes, root, noFollow);
  const decoded = decodeText(bytes);
  if (truncated) decoded.notes.push(`truncated to ${formatBytes(capBytes)}: only the beginning is indexed`);
  return decoded;
}
