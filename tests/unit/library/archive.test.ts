import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogCachePath, loadCatalog, readArchiveCached, saveCatalog } from '../../../main/library/catalogCache';
import { readArchive } from '../../../main/library/readArchive';
import { interviewId, readInterview } from '../../../main/library/readInterview';
import { scanArchive } from '../../../main/library/scan';
import { watchArchive, type ArchiveChanges } from '../../../main/library/watch';
import { ArchiveReadError } from '../../../main/library/errors';
import { archiveFile, tempDir } from './helpers';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;

async function put(name: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
  await writeFile(path.join(dir, name), content);
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('testimony-archive-'));
  await put('a.txt', 'Q: First?\n\nA: First answer.');
  await put('sub/b.md', '---\ntitle: B\n---\nSecond body.');
  await put('sub/c.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nThird words.');
});
afterEach(() => cleanup());

describe('scanArchive', () => {
  it('lists interview files with relative forward-slash paths, sizes and formats, sorted', async () => {
    const { files, problems } = await scanArchive(dir);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.path, f.format])).toEqual([['a.txt', 'txt'], ['sub/b.md', 'md'], ['sub/c.vtt', 'vtt']]);
    expect(files[0]?.size).toBe(Buffer.byteLength('Q: First?\n\nA: First answer.'));
    expect(path.isAbsolute(files[0]?.absPath ?? '')).toBe(true);
  });

  it('finds every file of a folder larger than its window of stats, with problems in the folder\'s order', async () => {
    // 300 files (the scan asks for 64 stats at a time): interviews, files of unknown types, a recording, a subfolder.
    for (let k = 0; k < 300; k++) await put(`many/${String(k).padStart(3, '0')}.${k % 3 === 0 ? 'xyz' : 'txt'}`, `Words of file ${k}.`);
    await put('many/take.mp3', 'not really audio');
    await put('many/inner/d.txt', 'Inner words.');
    const { files, problems, media } = await scanArchive(dir);
    const many = files.filter((f) => f.path.startsWith('many/'));
    expect(many).toHaveLength(201);
    expect(many.map((f) => f.path)).toEqual([...many.map((f) => f.path)].sort());
    expect(many.every((f) => f.size === Buffer.byteLength(`Words of file ${Number(f.path.slice(5, 8))}.`) || f.path === 'many/inner/d.txt')).toBe(true);
    expect(media).toEqual(['many/take.mp3']);
    // The problems come in the order the folder lists its entries, as one file after another gave them.
    const listed = (await readdir(path.join(dir, 'many'))).filter((n) => n.endsWith('.xyz')).map((n) => `many/${n}`);
    expect(listed).toHaveLength(100);
    expect(problems.map((p) => p.path)).toEqual(listed);
  });
});

describe('readInterview', () => {
  it('gives a stable id from the path, a sha256 hash of the text, words and a file-name title', async () => {
    const interview = await readInterview(await archiveFile(path.join(dir, 'a.txt'), dir));
    expect(interview.id).toBe(interviewId('a.txt'));
    expect(interview.id).toMatch(/^[0-9a-f]{12}$/);
    expect(interview.title).toBe('a.txt');
    expect(interview.words).toBe(5);
    expect(interview.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(interviewId('café.txt'.normalize('NFC'))).not.toBe(interviewId('café.txt'.normalize('NFD')));
  });
  it('guesses Persian for Arabic-script text', async () => {
    await put('fa.txt', 'جواد فیروزمند گفت که بسیاری از اعضا می‌خواهند به کشورهای غربی بروند.');
    expect((await readInterview(await archiveFile(path.join(dir, 'fa.txt'), dir))).language).toBe('fa');
  });
  it('throws ArchiveReadError when the file is deleted before it is read', async () => {
    const file = await archiveFile(path.join(dir, 'a.txt'), dir);
    await rm(file.absPath);
    await expect(readInterview(file)).rejects.toMatchObject({ name: 'ArchiveReadError', reason: expect.stringMatching(/disappeared/) });
    await expect(readInterview(file)).rejects.toBeInstanceOf(ArchiveReadError);
  });
});

describe('readArchive', () => {
  it('reports progress and keeps going when a file vanishes while the archive is read', async () => {
    const seen: string[] = [];
    const result = await readArchive(dir, {
      concurrency: 1,
      onProgress: ({ path: done, total }) => {
        seen.push(`${done}/${total}`);
        if (done === 'a.txt') rmSync(path.join(dir, 'sub/b.md'));
      },
    });
    expect(seen).toEqual(['a.txt/3', 'sub/b.md/3', 'sub/c.vtt/3']);
    expect(result.interviews.map((i) => i.path)).toEqual(['a.txt', 'sub/c.vtt']);
    expect(result.problems).toEqual([{ path: 'sub/b.md', reason: 'the file disappeared while it was being read', severity: 'error' }]);
  });
  it('re-reads only files whose size or mtime changed', async () => {
    const first = await readArchive(dir);
    await put('a.txt', 'Q: First?\n\nA: A longer, changed answer.');
    const second = await readArchive(dir, { previous: first.catalog });
    expect(second.catalog.get('sub/b.md')).toBe(first.catalog.get('sub/b.md'));
    expect(second.catalog.get('a.txt')).not.toBe(first.catalog.get('a.txt'));
    expect(second.interviews.find((i) => i.path === 'a.txt')?.text).toContain('changed answer');
  });
  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readArchive(dir, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('catalog cache', () => {
  it('warm start reuses every unchanged interview and re-reads a touched one', async () => {
    const cold = await readArchiveCached(dir);
    expect(cold.reused).toBe(0);
    const warm = await readArchiveCached(dir);
    expect(warm.reused).toBe(3);
    expect(warm.interviews).toEqual(cold.interviews);
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(dir, 'sub/c.vtt'), later, later);
    expect((await readArchiveCached(dir)).reused).toBe(2);
    const scanned = await scanArchive(dir);
    expect(scanned.files.some((f) => f.path.startsWith('.testimony'))).toBe(false);
  });
  it('ignores a corrupt or foreign cache and skips damaged lines', async () => {
    const file = catalogCachePath(dir);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '\u0000\u0000garbage{');
    expect((await loadCatalog(file)).size).toBe(0);
    expect((await readArchiveCached(dir)).interviews).toHaveLength(3);
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    await writeFile(file, [lines[0], lines[1], '{"path": "torn', lines[3]].join('\n'));
    expect([...(await loadCatalog(file)).keys()].length).toBe(2);
    await saveCatalog(file, new Map());
    expect((await loadCatalog(file)).size).toBe(0);
  });
});

describe('watchArchive', () => {
  it('reports added, changed and removed interview files in one debounced batch, ignoring .testimony', async () => {
    const batches: ArchiveChanges[] = [];
    const watcher = watchArchive(dir, (changes) => batches.push(changes), { debounceMs: 200 });
    try {
      await watcher.ready;
      await put('new.txt', 'New words.');
      await put('a.txt', 'Changed words, longer than before.');
      await rm(path.join(dir, 'sub/c.vtt'));
      await put('.testimony/cache/x.txt', 'ignored');
      await put('image.png', 'ignored');
      await expect.poll(() => batches.length, { timeout: 5000 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const merged = { added: batches.flatMap((b) => b.added), changed: batches.flatMap((b) => b.changed), removed: batches.flatMap((b) => b.removed) };
      expect(merged).toEqual({ added: ['new.txt'], changed: ['a.txt'], removed: ['sub/c.vtt'] });
    } finally {
      await watcher.close();
    }
  });
});
