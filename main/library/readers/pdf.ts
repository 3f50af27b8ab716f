import { stat } from 'node:fs/promises';
import { ArchiveReadError } from '../errors';
import { TextBuilder } from '../passages';
import { formatBytes, readWhole } from '../readText';
import { checkPdfStreams } from './pdfStreams';
import type { Reader } from './reader';

const MAX_PDF_BYTES = 200 * 1024 * 1024;
const MAX_PAGES = 5000;
/** pdf.js runs on this thread: a budget keeps one hostile PDF from holding up the archive. */
export const PDF_TIME_BUDGET_MS = 30_000;

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

function reasonFor(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return 'an encrypted PDF that needs a password: it cannot be read';
  if (name === 'InvalidPDFException') return 'a broken or truncated PDF: it cannot be read';
  const message = error instanceof Error ? error.message : String(error);
  return `a damaged PDF (${message.split('\n')[0]?.slice(0, 160)})`;
}

function withBudget<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ArchiveReadError(`the PDF took longer than ${Math.round(ms / 1000)} s to read and was skipped`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** PDFs with a text layer: one passage per page. Scanned pages without text give nothing. */
export const readPdf: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { size } = await stat(absPath);
  if (size > MAX_PDF_BYTES) throw new ArchiveReadError(`the PDF is larger than ${formatBytes(MAX_PDF_BYTES)}, too large to read`);
  const bytes = await readWhole(absPath, root, noFollow, MAX_PDF_BYTES);
  if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new ArchiveReadError('not a PDF file (no %PDF header)');
  checkPdfStreams(bytes);
  const data = new Uint8Array(bytes);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // isEvalSupported: false closes CVE-2024-4367 (font code run as JavaScript).
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const notes: string[] = [];
  const builder = new TextBuilder(capBytes);
  let title: string | undefined;
  const work = (async () => {
    const pdf = await task.promise;
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as Record<string, unknown> | undefined;
    title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    if (pdf.numPages > MAX_PAGES) notes.push(`only the first ${MAX_PAGES} of ${pdf.numPages} pages are indexed`);
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = (content.items as TextItem[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join('');
      page.cleanup();
      if (!builder.add(text.replace(/[ \t]+\n/g, '\n'))) break;
    }
  })();
  try {
    await withBudget(work, PDF_TIME_BUDGET_MS, () => void task.destroy());
  } catch (error) {
    if (error instanceof ArchiveReadError) throw error;
    throw new ArchiveReadError(reasonFor(error));
  } finally {
    await task.destroy();
  }
  if (builder.truncated) notes.push(`truncated to ${formatBytes(capBytes)} of text: only the beginning is indexed`);
  if (builder.passages.length === 0) throw new ArchiveReadError('a PDF without a text layer (scanned pages?): nothing to index');
  return { result: builder.result({ title: title ?? '' }), notes };
};
