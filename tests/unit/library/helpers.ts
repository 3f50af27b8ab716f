import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { formatOf } from '../../../main/library/formats';
import { readInterview } from '../../../main/library/readInterview';
import type { ArchiveFile } from '../../../main/library/scan';
import type { Interview } from '../../../main/library/types';

/** The shared real test data, outside the repository (`<repo>/../shared/data`). */
export const sharedData = path.resolve(__dirname, '../../../../shared/data');
export const hasSharedData = existsSync(path.join(sharedData, 'interviews'));
export const noSharedDataMessage = `shared test data not found at ${sharedData}: real-data reader tests skipped`;

export async function tempDir(prefix = 'testimony-library-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** An ArchiveFile for any absolute path, relative to `root`. */
export async function archiveFile(absPath: string, root = path.dirname(absPath)): Promise<ArchiveFile> {
  const info = await stat(absPath);
  const relative = path.relative(root, absPath).split(path.sep).join('/');
  const format = formatOf(relative);
  if (!format) throw new Error(`no format for ${relative}`);
  return { path: relative, absPath, size: info.size, mtimeMs: info.mtimeMs, format };
}

export async function readShared(relative: string): Promise<Interview> {
  return readInterview(await archiveFile(path.join(sharedData, relative), sharedData));
}

/** Writes a file in a folder and reads it as an interview. */
export async function readWritten(dir: string, name: string, content: string | Buffer): Promise<Interview> {
  const absPath = path.join(dir, name);
  await mkdir(path.dirname(absPath), { recursive: true });
  await writeFile(absPath, content);
  return readInterview(await archiveFile(absPath, dir));
}

/** Every passage must be a non-empty, trimmed, in-order span of the text. */
export function expectValidPassages(interview: Interview): void {
  expect(interview.passages.length).toBeGreaterThan(0);
  let previousEnd = 0;
  for (const passage of interview.passages) {
    expect(passage.start).toBeGreaterThanOrEqual(previousEnd);
    expect(passage.end).toBeGreaterThan(passage.start);
    const slice = interview.text.slice(passage.start, passage.end);
    expect(slice.trim()).toBe(slice);
    previousEnd = passage.end;
  }
  expect(previousEnd).toBeLessThanOrEqual(interview.text.length);
}

/** The passage that contains a phrase. */
export function passageWith(interview: Interview, phrase: string): Interview['passages'][number] | undefined {
  const at = interview.text.indexOf(phrase);
  return interview.passages.find((p) => p.start <= at && at < p.end);
}
