import yauzl from 'yauzl';
import { ArchiveReadError } from '../errors';
import { READ_LIMITS } from '../budget/limits';
import { formatBytes } from '../readText';

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio allowed for any entry bigger than 1 MB. */
  maxRatio: number;
  /** Most unpacked bytes of named parts (the parts a parser holds whole in memory), with advice. */
  maxPartBytes?: Record<string, { bytes: number; label: string; advice: string }>;
}

export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxPartBytes: {
    'word/document.xml': { bytes: READ_LIMITS.docxXmlBytes, label: "the Word document's text part (word/document.xml)", advice: 'split the document, or save it as plain text (.txt) and put that in the archive' },
  },
};

function partTooLarge(name: string, bytes: number, limits: ZipLimits): ArchiveReadError | undefined {
  const part = limits.maxPartBytes?.[name];
  if (!part || bytes <= part.bytes) return undefined;
  return new ArchiveReadError(`${part.label} unpacks to more than ${formatBytes(part.bytes)}, the limit per file: ${part.advice}`);
}

/**
 * Checks a ZIP package before a library unpacks it: entry count, declared sizes and ratios,
 * then inflates every entry while counting bytes, because declared sizes can lie. XML parts
 * that declare a DOCTYPE are refused (entity tricks). Returns the small parts asked for.
 */
export async function checkZip(buffer: Buffer, limits: ZipLimits, keep: string[] = []): Promise<{ names: Set<string>; kept: Map<string, string> }> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  const names = new Set<string>();
  const kept = new Map<string, string>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (names.size >= limits.maxEntries) throw new ArchiveReadError(`a ZIP package with more than ${limits.maxEntries} parts (refused as a possible zip bomb)`);
      names.add(entry.fileName);
      const big = entry.uncompressedSize > 1024 * 1024;
      if (big && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
        throw new ArchiveReadError(`refused as a zip bomb: "${entry.fileName}" expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times`);
      }
      // Checked on the declared size first (cheap), then on the bytes counted (declared sizes can lie).
      const declared = partTooLarge(entry.fileName, entry.uncompressedSize, limits);
      if (declared) throw declared;
      if (entry.fileName.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      let head = '';
      let partBytes = 0;
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        partBytes += chunk.length;
        const counted = partTooLarge(entry.fileName, partBytes, limits);
        if (counted) {
          stream.destroy();
          throw counted;
        }
        if (total > limits.maxTotalBytes) {
          stream.destroy();
          throw new ArchiveReadError(`refused as a zip bomb: it unpacks to more than ${formatBytes(limits.maxTotalBytes)}`);
        }
        if (head.length < 2048) head += chunk.subarray(0, 2048).toString('latin1');
        if (keep.includes(entry.fileName)) chunks.push(chunk);
      }
      if (/\.(xml|rels)$/i.test(entry.fileName) && /<!DOCTYPE/i.test(head)) {
        throw new ArchiveReadError(`"${entry.fileName}" declares a DOCTYPE: refused (XML entity attacks)`);
      }
      if (chunks.length) kept.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
    }
  } catch (error) {
    if (error instanceof ArchiveReadError) throw error;
    throw new ArchiveReadError(`a damaged ZIP package (${error instanceof Error ? error.message : 'unreadable'})`);
  } finally {
    zip.close();
  }
  return { names, kept };
}
