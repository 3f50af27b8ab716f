import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function archive(extra: Record<string, string> = {}) {
  const a = tempArchive({ ...SMALL_ARCHIVE, 'notes/blank.txt': '   \n  \n', ...extra });
  cleanups.push(a.cleanup);
  return a;
}

async function openClose(root: string, userData: string) {
  const ws = await Workspace.open(root, { userDataDir: userData });
  await ws.ready;
  const result = {
    paths: ws.list().map((i) => i.path),
    ids: ws.list().map((i) => i.id),
    problems: ws.status().problems.map((p) => `${p.path}: ${p.reason}`),
    hits: (await ws.search('police', { limit: 10, offset: 0, filters: {} })).hits.map((h) => ({ id: h.id, snippets: h.snippets.map((s) => s.text) })),
    texts: ws.list().map((i) => ws.interview(i.id).text),
  };
  await ws.close();
  return result;
}

/** Every file under the cache folder with its modification time. */
function cacheStamps(root: string): Map<string, number> {
  const cache = join(root, '.testimony', 'cache');
  const out = new Map<string, number>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(cache, p), statSync(p).mtimeMs);
    }
  };
  walk(cache);
  return out;
}

const later = (file: string, seconds: number): void => {
  const t = new Date(Date.now() + seconds * 1000);
  utimesSync(file, t, t);
};

describe('a warm start', () => {
  it('keeps metadata apart from texts and answers the same from them', async () => {
    const { root, userData } = archive();
    const cold = await openClose(root, userData);
    const catalog = readFileSync(join(root, '.testimony', 'cache', 'interviews.ndjson'), 'utf8');
    // The catalog holds no text; each text is its own file, read back only when asked for.
    expect(catalog).not.toContain('seventy people');
    expect(readdirSync(join(root, '.testimony', 'cache', 'texts'))).toHaveLength(2);
    const warm = await openClose(root, userData);
    expect(warm).toEqual(cold);
    expect(cold.texts.join('\n')).toContain('seventy people');
    expect(cold.hits[0]?.snippets.join(' ')).toContain('police arrested');
  });

  it('writes nothing when nothing changed', async () => {
    const { root, userData } = archive();
    await openClose(root, userData);
    const before = cacheStamps(root);
    expect(before.size).toBeGreaterThan(4);
    await new Promise((r) => setTimeout(r, 30));
    await openClose(root, userData);
    expect(cacheStamps(root)).toEqual(before);
  });

  it('finds a changed file by its stamp and re-reads only that one', async () => {
    const { root, userData } = archive();
    await openClose(root, userData);
    const texts = join(root, '.testimony', 'cache', 'texts');
    const kept = readdirSync(texts).sort();
    writeFileSync(join(root, 'two.md'), '---\ntitle: A second interview\n---\n\nThe customs officers were kind.\n');
    const warm = await openClose(root, userData);
    expect(warm.hits).toEqual([]);
    expect(warm.texts.join('\n')).toContain('customs officers');
    const now = readdirSync(texts).sort();
    // one.txt's text file is the same file; two.md's old text is gone and its new one is there.
    expect(now).toHaveLength(2);
    expect(now.filter((f) => kept.includes(f))).toHaveLength(1);
  });

  it('remembers a failure by its stamp, and reads the file again once the stamp changes', async () => {
    const { root, userData } = archive();
    const file = join(root, 'notes', 'blank.txt');
    // A whole second: a modification time set again later must be exactly the same.
    const mtime = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(file, mtime, mtime);
    const cold = await openClose(root, userData);
    const blank = cold.problems.find((p) => p.startsWith('notes/blank.txt'));
    expect(blank).toMatch(/no text/);
    // Same size and modification time, other content: a remembered failure is not read again.
    writeFileSync(file, 'Words.\n');
    expect(statSync(file).size).toBe(7);
    utimesSync(file, mtime, mtime);
    const remembered = await openClose(root, userData);
    expect(remembered.problems).toContain(blank);
    expect(remembered.paths).not.toContain('notes/blank.txt');
    later(file, 5);
    const reread = await openClose(root, userData);
    expect(reread.problems.some((p) => p.startsWith('notes/blank.txt'))).toBe(false);
    expect(reread.paths).toContain('notes/blank.txt');
  });

  it('never passes off a damaged cached text: it says so and reads the file again', async () => {
    const { root, userData } = archive();
    const cold = await openClose(root, userData);
    const texts = join(root, '.testimony', 'cache', 'texts');
    const ws0 = cold.ids[0] ?? '';
    const damaged = readdirSync(texts).find((f) => f.startsWith(ws0)) ?? '';
    writeFileSync(join(texts, damaged), '[]\nnot the text');
    const ws = await Workspace.open(root, { userDataDir: userData });
    await ws.ready;
    const id = ws0;
    expect(() => ws.interview(id).text).toThrow(/damaged/);
    const healed = (): string | null => {
      try {
        return ws.interview(id).text;
      } catch {
        return null;
      }
    };
    await expect.poll(healed, { timeout: 8000 }).toBe(cold.texts[0]);
    await ws.close();
    expect(await openClose(root, userData)).toEqual(cold);
  });
});
