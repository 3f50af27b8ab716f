/** Helpers to inspect rendered PDFs with poppler-utils and qpdf, when they are installed. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function installed(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export const hasPoppler = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].every(installed);
export const hasQpdf = installed('qpdf');

export function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function runBinary(tool: string, args: string[]): Buffer {
  return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
}

/** Writes the PDF to a fresh temporary folder and returns its path. */
export function saveTemp(pdf: Buffer, name = 'dossier.pdf'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-test-')), name);
  writeFileSync(file, pdf);
  return file;
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** Named destinations → 1-based page numbers, from `pdfinfo -dests`. */
export function destinations(file: string): Map<string, number> {
  const dests = new Map<string, number>();
  for (const line of run('pdfinfo', ['-dests', file]).split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match?.[1] && match[2]) dests.set(match[2], Number(match[1]));
  }
  return dests;
}

export function pageText(file: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']);
}

/**
 * Text as pdftotext extracts it, made comparable: bidi control marks and ZWNJ dropped (poppler
 * drops ZWNJ and wraps RTL runs in embedding marks), brackets and guillemets removed (poppler
 * reports the mirrored glyphs of right-to-left runs), whitespace collapsed.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[()[\]«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
