import { createHash } from 'node:crypto';
import path from 'node:path';
import { ArchiveReadError, reasonOf } from './errors';
import { guessLanguage } from './metadata';
import { readerFor, type ReaderOutput } from './readers';
import { DEFAULT_TEXT_CAP_BYTES } from './readText';
import type { ArchiveFile } from './scan';
import type { TextStore } from './textStore';
import type { Interview } from './types';
import { countWords } from './wordCount';

export interface ReadOptions {
  /** Most bytes of text indexed per file (default 20 MB). */
  capBytes?: number;
  /** Where the text goes once read: the interview given back reads it from there (see TextStore.keep). */
  store?: TextStore;
}

/**
 * Stable id from the relative path: the same file keeps its id across runs. Not normalised:
 * NFC and NFD twins are two files and must get two ids.
 */
export function interviewId(relativePath: string): string {
  return createHash('sha1').update(relativePath).digest('hex').slice(0, 12);
}

/** Reads files for `readInterviewWithNotes` under a budget (set in the read worker; see budget/). */
export interface BudgetedReader {
  read(file: ArchiveFile, capBytes?: number, store?: TextStore): Promise<{ interview: Interview; notes: string[] }>;
}

let budgeted: BudgetedReader | null = null;

/**
 * Makes every read on this thread go through `reader` (a pool of workers with a time and memory
 * budget per file). The read worker installs one at start; elsewhere files are read in-thread.
 */
export function readFilesThrough(reader: BudgetedReader | null): void {
  budgeted = reader;
}

/** Reads one file into an Interview, with notes (truncation, encoding guesses) for the researcher. */
export async function readInterviewWithNotes(file: ArchiveFile, options: ReadOptions = {}): Promise<{ interview: Interview; notes: string[] }> {
  if (budgeted) return budgeted.read(file, options.capBytes, options.store);
  const { interview, notes } = await readInterviewInThread(file, options);
  return { interview: options.store?.keep(interview) ?? interview, notes };
}

/** The archive folder a scanned file belongs to: its absolute path without the relative one. */
function archiveRootOf(file: ArchiveFile): string | undefined {
  const relative = path.join(...file.path.split('/'));
  return file.absPath.endsWith(path.sep + relative) ? file.absPath.slice(0, -relative.length - 1) : undefined;
}

/** Reads one file on this thread, with no budget beyond the readers' own guards. */
export async function readInterviewInThread(file: ArchiveFile, options: ReadOptions = {}): Promise<{ interview: Interview; notes: string[] }> {
  let output: ReaderOutput;
  try {
    const reader = await readerFor(file.format);
    output = await reader({ absPath: file.absPath, path: file.path, capBytes: options.capBytes ?? DEFAULT_TEXT_CAP_BYTES, root: archiveRootOf(file), noFollow: !file.viaLink });
  } catch (error) {
    throw error instanceof ArchiveReadError ? error : new ArchiveReadError(reasonOf(error), { cause: error });
  }
  const { result, notes } = output;
  if (!result.text.trim()) throw new ArchiveReadError('the file has no text (empty or only whitespace)');
  const { text, passages, title, ...meta } = result;
  const interview: Interview = {
    id: interviewId(file.path),
    path: file.path,
    format: file.format,
    title: (title ?? '').trim() || path.posix.basename(file.path),
    ...meta,
    language: meta.language ?? guessLanguage(text),
    text,
    passages,
    hash: createHash('sha256').update(text).digest('hex'),
    words: countWords(text),
  };
  return { interview, notes };
}

/** Reads one file into an Interview; throws ArchiveReadError (with a `reason`) when it cannot. */
export async function readInterview(file: ArchiveFile, options: ReadOptions = {}): Promise<Interview> {
  return (await readInterviewWithNotes(file, options)).interview;
}
