import { readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogCachePath } from '../../../main/library/catalogCache';
import { readAndCache, type ReadJob } from '../../../main/library/readAndCache';
import { storedIn } from '../../../main/library/textStore';
import type { Interview } from '../../../main/library/types';
import { tempDir } from './helpers';

const FILES = 12;
let root = '';
let job: ReadJob;
let cleanup: () => Promise<void> = async () => undefined;
const textsDir = (): string => path.join(path.dirname(job.catalogFile), 'texts');
const storedTexts = (): number => readdirSync(textsDir()).filter((name) => name.endsWith('.txt')).length;
/** A lazy interview's text is a getter reading the store, not a string held by the interview. */
const holdsText = (interview: Interview): boolean => typeof Object.getOwnPropertyDescriptor(interview, 'text')?.value === 'string';

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir('testimony-texts-as-read-'));
  root = path.join(dir, 'archive');
  await mkdir(root);
  for (let i = 0; i < FILES; i++) await writeFile(path.join(root, `interview-${i}.txt`), `Q: Where were you in ${1950 + i}?\n\nA: At home, number ${i}.`);
  job = { root, catalogFile: catalogCachePath(root), full: false };
});
afterEach(() => cleanup());

describe('a cold read of an archive', () => {
  it('puts each text in the store as it is read and keeps only records, so its memory does not grow with the texts', async () => {
    const onDisk: number[] = [];
    const { interviews } = await readAndCache(job, (done) => onDisk.push(storedTexts() - done));
    // When a file's read is reported, its text is already on disk (not held until the read ends).
    expect(onDisk).toHaveLength(FILES);
    expect(onDisk.every((extra) => extra === 0)).toBe(true);
    expect(interviews).toHaveLength(FILES);
    expect(interviews.filter(holdsText)).toEqual([]);
    expect(interviews.every((i) => storedIn(i) === textsDir())).toBe(true);
    const third = interviews.find((i) => i.path === 'interview-3.txt');
    expect(third?.text).toBe('Q: Where were you in 1953?\n\nA: At home, number 3.');
    expect(third?.passages.length).toBeGreaterThan(0);
  });

  it('keeps the texts in memory when the store cannot be written, and still reads every file', async () => {
    // A file where the store's folder should be: no text can be saved there.
    await mkdir(path.dirname(textsDir()), { recursive: true });
    await writeFile(textsDir(), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { interviews, problems } = await readAndCache(job, () => undefined);
    warn.mockRestore();
    expect(problems).toEqual([]);
    expect(interviews.filter(holdsText)).toHaveLength(FILES);
    expect(interviews.every((i) => storedIn(i) === undefined)).toBe(true);
  });

  it('re-reads a changed file into a new stored text and drops the old one, and writes nothing when nothing changed', async () => {
    await readAndCache(job, () => undefined);
    await writeFile(path.join(root, 'interview-0.txt'), 'Q: And now?\n\nA: Something else entirely.');
    const { interviews } = await readAndCache(job, () => undefined);
    expect(interviews.find((i) => i.path === 'interview-0.txt')?.text).toBe('Q: And now?\n\nA: Something else entirely.');
    expect(storedTexts()).toBe(FILES);
    expect(interviews.filter(holdsText)).toEqual([]);
    // Nothing changed since: nothing is written.
    const written = (): number[] => [job.catalogFile, ...readdirSync(textsDir()).map((n) => path.join(textsDir(), n))].map((f) => statSync(f).mtimeMs);
    const before = written();
    await readAndCache(job, () => undefined);
    expect(written()).toEqual(before);
  });
});
