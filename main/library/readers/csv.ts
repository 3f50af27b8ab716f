import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { ArchiveReadError } from '../errors';
import { TextBuilder } from '../passages';
import { READ_LIMITS } from '../budget/limits';
import { formatBytes, readTextFile } from '../readText';
import type { Reader } from './reader';
import { secondsOf } from './plainText';
import { sidecarMeta } from './sidecar';

const textColumns = ['text', 'transcript', 'english', 'words', 'content', 'utterance'];
const originalColumns = ['spanish', 'original', 'original_text', 'transcript_original'];
const speakerColumns = ['speaker', 'name', 'who'];
const timeColumns = ['timestamp', 'time', 'start', 'timecode'];
const tagColumns = ['tags', 'keywords', 'subjects'];

function pick(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/**
 * Transcript tables (speaker, timestamp, text, tags). One passage per row. Bilingual tables
 * (the Idaho files: Spanish original + English "words") give the English passage followed by
 * the original, both with the row's speaker and time, so either language can be searched and
 * quoted; tags become the passages' keywords.
 */
export const readCsv: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  let rows: string[][];
  try {
    // A row is capped while it is parsed, so one 11 MB cell never becomes one 11 MB passage.
    rows = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, max_record_size: READ_LIMITS.csvRowBytes }) as string[][];
  } catch (error) {
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      const line = (error as { lines?: number }).lines;
      throw new ArchiveReadError(`a row of the table${line ? ` (line ${line})` : ''} is longer than ${formatBytes(READ_LIMITS.csvRowBytes)}, the limit per row: split the cell into rows, or save the transcript as plain text (.txt)`);
    }
    throw new ArchiveReadError(`not a readable CSV table (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  const header = rows[0] ?? [];
  const textAt = pick(header, textColumns);
  if (textAt < 0) throw new ArchiveReadError(`a CSV table without a text column (expected one named ${textColumns.join(', ')})`);
  const [speakerAt, timeAt, tagsAt, originalAt = -1] = [speakerColumns, timeColumns, tagColumns, originalColumns].map((names) => pick(header, names));
  const builder = new TextBuilder(capBytes);
  for (const row of rows.slice(1)) {
    const cell = (i: number | undefined): string | undefined => (i !== undefined && i >= 0 ? row[i]?.trim() || undefined : undefined);
    const stamp = cell(timeAt)?.replace(/[[\]]/g, '');
    const info = {
      speaker: cell(speakerAt),
      time: stamp ? secondsOf(stamp) : undefined,
      keywords: cell(tagsAt)?.split(/[;,]/).map((t) => t.trim()).filter(Boolean),
    };
    if (!builder.add(cell(textAt) ?? '', info)) break;
    const original = cell(originalAt);
    if (original && !builder.add(original, info)) break;
  }
  if (builder.passages.length === 0) throw new ArchiveReadError('the CSV table has no transcript rows');
  const sidecar = await sidecarMeta(absPath);
  const result = builder.result({
    title: sidecar.title ?? path.basename(absPath),
    interviewee: sidecar.interviewee,
    interviewer: sidecar.interviewer,
    date: sidecar.date,
    place: sidecar.place,
    language: originalAt >= 0 ? 'en' : undefined,
    mediaRef: sidecar.mediaRef,
  });
  return { result, notes };
};
