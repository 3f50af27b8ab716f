import { constants, existsSync } from 'node:fs';
import { open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * Opens a file of the archive and confirms that what was opened is inside `root`: a file swapped
 * for a link to /etc/passwd between the scan and the read is refused, not indexed. The last path
 * part is opened without following links where the scan saw a plain file (`noFollow`), and the
 * opened descriptor's own path is checked (on Linux through /proc; elsewhere its device and inode
 * must match the file its real path names).
 */
export async function openInside(absPath: string, root: string | undefined, noFollow = false): Promise<FileHandle> {
  const handle = await open(absPath, constants.O_RDONLY | (noFollow ? constants.O_NOFOLLOW : 0)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw new ArchiveReadError('the file was replaced by a link while the archive was being read: not read');
    throw error;
  });
  if (root === undefined) return handle;
  try {
    const rootReal = await realpath(root);
    let opened: string;
    if (PROC_FD) {
      opened = await readlink(`/proc/self/fd/${handle.fd}`);
    } else {
      opened = await realpath(absPath);
      const [a, b] = [await handle.stat(), await stat(opened)];
      if (a.dev !== b.dev || a.ino !== b.ino) opened = '';
    }
    if (!inside(rootReal, opened)) throw new ArchiveReadError('the file now leads outside the archive (it was replaced by a link while being read): not read');
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Reads a whole file of the archive (see `openInside`). */
export async function readWhole(absPath: string, root: string | undefined, noFollow = false): Promise<Buffer> {
  const handle = await openInside(absPath, root, noFollow);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads at most `capBytes` from the start of a file, so huge files never become huge strings. */
export async function readHead(absPath: string, capBytes: number, root?: string, noFollow = false): Promise<{ bytes: Buffer; truncated: boolean }> {
  const handle = await openInside(absPath, root, noFollow);
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, capBytes);
    const bytes = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(bytes, filled, length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: bytes.subarray(0, filled), truncated: size > capBytes };
  } finally {
    await handle.close();
  }
}

/** Reads and decodes a text file, capped; the note says so when the file was cut short. */
export async function readTextFile(absPath: string, capBytes = DEFAULT_TEXT_CAP_BYTES, root?: string, noFollow = false): Promise<DecodedText> {
  const { bytes, truncated } = await readHead(absPath, capBytes, root, noFollow);
  const decoded = decodeText(bytes);
  if (truncated) decoded.notes.push(`truncated to ${formatBytes(capBytes)}: only the beginning is indexed`);
  return decoded;
}
