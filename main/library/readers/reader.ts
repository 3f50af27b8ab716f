import type { ReadResult } from '../types';

/** What every reader is given: where the file is and how much text it may produce. */
export interface ReaderInput {
  absPath: string;
  /** Path relative to the archive, forward slashes. */
  path: string;
  /** Most bytes of text (or characters of extracted text) to index from this file. */
  capBytes: number;
  /** The archive folder (real path): the opened file must still be inside it. */
  root?: string;
  /** The scan saw a plain file, not a link: open it without following links. */
  noFollow?: boolean;
}

/** A reader's result plus notes worth telling the researcher (truncation, encoding guesses). */
export interface ReaderOutput {
  result: ReadResult;
  notes: string[];
}

export type Reader = (input: ReaderInput) => Promise<ReaderOutput>;
