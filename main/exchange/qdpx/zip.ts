/** Writing a .qdpx (yazl) and reading one back with the guards an untrusted ZIP needs (yauzl). */
import yauzl from 'yauzl';
import yazl from 'yazl';
import { ExchangeError } from '../errors';

export async function zipFiles(files: Map<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of files) zip.addBuffer(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, name, { mtime: new Date(0) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export interface UnzipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio allowed for an entry over 1 MB. */
  maxRatio: number;
}

export const QDPX_LIMITS: UnzipLimits = { maxEntries: 20_000, maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 200 };

/** An entry name that could land outside the folder it is unpacked into, or is not a plain relative path. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'climbs out of the package with “..”';
  if (/\p{Cc}/u.test(name)) return 'contains control characters';
  return undefined;
}

/**
 * The entries of a ZIP that `want` accepts, fully inflated in memory while counting bytes
 * (declared sizes can lie). Refuses the whole package on a zip bomb, a path traversal or
 * too many entries, before anything is written anywhere.
 */
export async function unzipChecked(buffer: Buffer, want: (name: string) => boolean, limits: UnzipLimits = QDPX_LIMITS): Promise<Map<string, Buffer>> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new ExchangeError('This is not a REFI-QDA project: a .qdpx file is a ZIP package, and this file is not one.');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true });
  } catch (error) {
    throw new ExchangeError(`The ZIP package is damaged (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  const out = new Map<string, Buffer>();
  let total = 0;
  let count = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (++count > limits.maxEntries) throw new ExchangeError(`The package has more than ${limits.maxEntries} files: refused as a possible zip bomb.`);
      const unsafe = unsafeEntryName(entry.fileName);
      if (unsafe) throw new ExchangeError(`The package is refused: the entry “${entry.fileName.slice(0, 120)}” ${unsafe} (a path-traversal attack).`);
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
        throw new ExchangeError(`The package is refused as a zip bomb: “${entry.fileName.slice(0, 120)}” would expand ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times.`);
      }
      if (entry.fileName.endsWith('/') || !want(entry.fileName)) continue;
      const chunks: Buffer[] = [];
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limits.maxTotalBytes) {
          stream.destroy();
          throw new ExchangeError(`The package is refused as a zip bomb: it unpacks to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB.`);
        }
        chunks.push(chunk);
      }
      out.set(entry.fileName, Buffer.concat(chunks));
    }
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    // yauzl checks entry names itself before we see them.
    const traversal = error instanceof Error && /invalid relative path|absolute path/.exec(error.message);
    if (traversal) throw new ExchangeError(`The package is refused: an entry name leaves the package (${(error as Error).message.slice(0, 160)}), a path-traversal attack.`);
    throw new ExchangeError(`The ZIP package is damaged (${error instanceof Error ? error.message : 'unreadable'}).`);
  } finally {
    zip.close();
  }
  return out;
}
