import { appendFile, mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogCachePath } from '../../../main/library/catalogCache';
import { readArchiveOffThread, type ReadJob, type ReadOutcome } from '../../../main/library/readAndCache';
import { tempDir } from './helpers';

let root = '';
let job: ReadJob & { held?: undefined };
let cleanup: () => Promise<void> = async () => undefined;
const quiet = (): void => undefined;

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir('testimony-held-read-'));
  root = path.join(dir, 'archive');
  await mkdir(root);
  for (let i = 0; i < 5; i++) await writeFile(path.join(root, `interview-${i}.txt`), `Q: What happened in ${1960 + i}?\n\nA: The harvest, number ${i}.`);
  job = { root, catalogFile: catalogCachePath(root), full: false, changed: true, dataDir: path.join(dir, 'data') };
});
afterEach(() => cleanup());

/** What a host holds after its first read, and the stamps version it remembers. */
async function firstRead(): Promise<{ outcome: ReadOutcome; held: string }> {
  const outcome = await readArchiveOffThread(undefined, job, quiet);
  if (!outcome.stampsVersion) throw new Error('the first read saved no stamps');
  return { outcome, held: outcome.stampsVersion };
}

describe('a host looking again at an archive it holds', () => {
  it('hears "unchanged" when nothing changed, and gets no interviews to compare', async () => {
    const { outcome, held } = await firstRead();
    expect(outcome.interviews).toHaveLength(5);
    expect(await readArchiveOffThread(undefined, { ...job, held }, quiet)).toBe('unchanged');
  });

  it('gets the interviews when a file changed since', async () => {
    const { held } = await firstRead();
    await appendFile(path.join(root, 'interview-2.txt'), '\n\nQ: And after?\n\nA: The flood.');
    const again = await readArchiveOffThread(undefined, { ...job, held }, quiet);
    expect(again).not.toBe('unchanged');
    if (again === 'unchanged') return;
    expect(again.interviews.find((i) => i.path === 'interview-2.txt')?.text).toContain('The flood.');
    expect(again.stampsVersion).not.toBe(held);
  });

  it('gets the interviews when another process saved the catalog since, even though the files match its stamps', async () => {
    const { held } = await firstRead();
    // A CLI `index` reads the change and saves new stamps: the files then match the saved stamps,
    // but not what the host holds.
    const file = path.join(root, 'interview-4.txt');
    await appendFile(file, '\n\nQ: Who came?\n\nA: The teacher.');
    await readArchiveOffThread(undefined, { ...job, changed: false }, quiet);
    const again = await readArchiveOffThread(undefined, { ...job, held }, quiet);
    expect(again).not.toBe('unchanged');
    if (again === 'unchanged') return;
    expect(again.interviews.find((i) => i.path === 'interview-4.txt')?.text).toContain('The teacher.');
  });

  it('gets the interviews when a metadata sidecar sits beside a file (sidecars are not in the stamps)', async () => {
    const { held } = await firstRead();
    await writeFile(path.join(root, 'interview-1.txt.testimony.json'), JSON.stringify({ title: 'The harvest of 1961' }));
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(root, 'interview-1.txt.testimony.json'), past, past);
    expect(await readArchiveOffThread(undefined, { ...job, held }, quiet)).not.toBe('unchanged');
  });
});
