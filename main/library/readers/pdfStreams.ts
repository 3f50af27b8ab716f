import { constants, inflateSync } from 'node:zlib';
import { READ_LIMITS } from '../budget/limits';
import { ArchiveReadError } from '../errors';
import { formatBytes } from '../readText';

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/** The dictionary before a `stream` keyword: from the object's start (`obj`), at most 4 KB back. */
function dictionaryBefore(pdf: Buffer, at: number): string {
  const from = Math.max(0, at - 4096);
  const text = pdf.subarray(from, at).toString('latin1');
  return text.slice(text.lastIndexOf(' obj') + 1);
}

/** The size a flate stream inflates to, counting only up to `limit` (an error means "more"). */
function inflatedSize(data: Buffer, limit: number): number | 'over' | 'unreadable' {
  try {
    return inflateSync(data, { maxOutputLength: limit + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError ? 'over' : 'unreadable';
  }
}

/**
 * Refuses a PDF whose text-bearing flate streams unpack to more than the limits, before pdf.js
 * decodes them whole (1 MB on disk was once 1 GB in memory). Image streams are skipped: text
 * extraction never decodes them, and a high-resolution scan is legitimately large.
 */
export function checkPdfStreams(pdf: Buffer, limits = READ_LIMITS): void {
  let total = 0;
  for (let at = pdf.indexOf(STREAM); at >= 0; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    // Skip the `stream` inside `endstream`.
    if (at >= 3 && pdf.subarray(at - 3, at).toString('latin1') === 'end') continue;
    const dict = dictionaryBefore(pdf, at);
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf(END, start);
    if (end < 0) break;
    if (!/\/FlateDecode/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) {
      at = end;
      continue;
    }
    const size = inflatedSize(pdf.subarray(start, end), limits.pdfStreamBytes);
    if (size === 'over') {
      throw new ArchiveReadError(`a stream inside the PDF unpacks to more than ${formatBytes(limits.pdfStreamBytes)} (refused as a possible PDF bomb): print it to a new PDF, or export its text as .txt`);
    }
    if (typeof size === 'number') total += size;
    if (total > limits.pdfTotalStreamBytes) {
      throw new ArchiveReadError(`the PDF's text streams unpack to more than ${formatBytes(limits.pdfTotalStreamBytes)}, the limit per file: split the PDF, or export its text as .txt`);
    }
    at = end;
  }
}
