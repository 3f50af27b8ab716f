/**
 * The highest record number known to be saved, written beside the journal on close and after each
 * compaction. Only a hint, never a source of data: a store killed before close leaves a lower
 * number (no false alarm), while a journal that was emptied, cut or had its newest segment deleted
 * ends below it, and recovery says which records are missing instead of losing them silently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const FILE = 'journal.seq';

export function readSavedSeq(dir: string): number {
  try {
    const n = Number(fs.readFileSync(path.join(dir, FILE), 'utf8').trim());
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

export function writeSavedSeq(dir: string, seq: number): void {
  // A store opened and closed with nothing saved writes nothing (a warm start or a CLI search).
  if (readSavedSeq(dir) === seq) return;
  const file = path.join(dir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, `${seq}\n`);
    fs.renameSync(temp, file);
  } catch {
    // A hint only: failing to write it loses nothing.
    fs.rmSync(temp, { force: true });
  }
}
