import { open } from 'node:fs/promises';
import { decodeText, type DecodedText } from './decode';

/** Text indexed per file: beyond this the head is kept and the rest reported, never loaded. */
export const DEFAULT_TEXT_CAP_BYTES = 20 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Reads at most `capBytes` from the start of a file, so huge files never become huge strings. */
export async function readHead(absPath: string, capBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const handle = await open(absPath, 'r');
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
export async function readTextFile(absPath: string, capBytes = DEFAULT_TEXT_CAP_BYTES): Promise<DecodedText> {
  const { bytes, truncated } = await readHead(absPath, capBytes);
  const decoded = decodeText(bytes);
  if (truncated) decoded.notes.push(`truncated to ${formatBytes(capBytes)}: only the beginning is indexed`);
  return decoded;
}
