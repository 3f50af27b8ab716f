/**
 * The per-file budget: a file that runs over its wall clock or heap ends its worker, becomes a
 * problem naming the limit and what to do, and the next file is read by a fresh worker. Uses the
 * built worker (out/main/readWorker.js, built by `npm ci`); skipped with a message without it.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanArchive } from '../../../main/library';
import { FileReadPool } from '../../../main/library/budget/filePool';
import { recordOf, storedIn, TextStore } from '../../../main/library/textStore';
import { tempArchive } from '../../support/tempArchive';

const worker = path.resolve(__dirname, '../../../out/main/readWorker.js');
const built = existsSync(worker);
if (!built) console.warn('[readBudget.test] skipped: run `npm run build` first (needs out/main/readWorker.js)');

describe.skipIf(!built)('reading a file under a budget', () => {
  const archive = tempArchive({ 'small.txt': 'The lighthouse keeper spoke first.\n' });
  // 18 MB in 500,000 paragraphs: its text and its passages need far more than 48 MB of heap.
  writeFileSync(path.join(archive.root, 'big.txt'), 'The tide came in over the causeway.\n\n'.repeat(500_000));
  afterAll(() => archive.cleanup());
  const file = async (name: string) => (await scanArchive(archive.root)).files.find((f) => f.path === name)!;

  it('stops a file over its wall clock and reads the next with a fresh worker', async () => {
    const pool = new FileReadPool(worker, 1, { timeMs: 5, heapMb: 512 });
    try {
      await expect(pool.read(await file('big.txt'))).rejects.toMatchObject({ reason: expect.stringMatching(/took longer than the 0 s allowed per file.*split the file/) });
      const relaxed = new FileReadPool(worker, 1, { timeMs: 20_000, heapMb: 512 });
      expect((await relaxed.read(await file('small.txt'))).interview.text).toContain('lighthouse keeper');
      await relaxed.close();
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('stops a file over its heap ceiling, and the same pool goes on', async () => {
    const pool = new FileReadPool(worker, 1, { timeMs: 20_000, heapMb: 48 });
    try {
      await expect(pool.read(await file('big.txt'))).rejects.toMatchObject({ reason: expect.stringMatching(/more than the 48 MB of memory allowed per file/) });
      expect((await pool.read(await file('small.txt'))).interview.text).toContain('lighthouse keeper');
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('writes the text into the store in the worker, and gives back an interview that reads it from there', async () => {
    const pool = new FileReadPool(worker, 1, { timeMs: 20_000, heapMb: 512 });
    const store = new TextStore(path.join(archive.root, '.testimony', 'texts'));
    try {
      const { interview } = await pool.read(await file('small.txt'), undefined, store);
      expect(storedIn(interview)).toBe(store.dir);
      expect(readdirSync(store.dir)).toEqual([TextStore.fileName(interview)]);
      // Read back from the file the worker wrote, by a store with nothing in memory.
      expect(new TextStore(store.dir, 0).lazy(recordOf(interview)).text).toBe('The lighthouse keeper spoke first.');
    } finally {
      await pool.close();
    }
  }, 30_000);
});
