import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextStore } from '../../../main/library/textStore';
import type { Interview } from '../../../main/library/types';
import { readWritten, tempDir } from './helpers';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
let interviews: Interview[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('testimony-text-store-'));
  interviews = [await readWritten(dir, 'a.txt', 'First text.'), await readWritten(dir, 'b.txt', 'Second text.')];
});
afterEach(() => cleanup());

/** Reads a, then b, then deletes a's stored file and reads a again: only a cached text survives. */
function rereadAfterDeletion(store: TextStore): () => string {
  const [a, b] = interviews.map((i) => store.keep(i));
  expect([a?.text, b?.text]).toEqual(['First text.', 'Second text.']);
  rmSync(path.join(store.dir, TextStore.fileName(a!)));
  return () => a!.text;
}

describe('TextStore', () => {
  it('keeps recently read texts in memory within the budget it is given', () => {
    expect(rereadAfterDeletion(new TextStore(path.join(dir, 'texts'), 1024))()).toBe('First text.');
  });

  it('keeps only the text being read by default, and when asked to cache nothing', () => {
    expect(rereadAfterDeletion(new TextStore(path.join(dir, 'texts')))).toThrow(/damaged/);
    expect(rereadAfterDeletion(new TextStore(path.join(dir, 'texts-none'), 0))).toThrow(/damaged/);
  });

  it('gives the text being read again without reading its file', () => {
    const store = new TextStore(path.join(dir, 'texts'));
    const a = store.keep(interviews[0]!);
    expect(a.text).toBe('First text.');
    rmSync(path.join(store.dir, TextStore.fileName(a)));
    // A hit's text and passages are asked for one after the other.
    expect(a.text).toBe('First text.');
    expect(a.passages).toEqual(interviews[0]!.passages);
  });

  it('gives back a text of any script and its passages exactly as they were read', async () => {
    const text = 'Q: Where?\n\nA: فیروزمند‌ها — in Łódź, café 👩🏽‍🏫, İstanbul.';
    const read = await readWritten(dir, 'c.txt', text);
    const stored = new TextStore(path.join(dir, 'texts'), 0).keep(read);
    expect(stored.text).toBe(read.text);
    expect(stored.passages).toEqual(read.passages);
  });

  it('reads a text many times bigger than its read buffer, and a small one after it', async () => {
    const big = await readWritten(dir, 'big.txt', `${'Łódź and the long road. '.repeat(150_000)}The end.`);
    const store = new TextStore(path.join(dir, 'texts'), 0);
    const [stored, small] = [store.keep(big), store.keep(interviews[0]!)];
    expect(stored.text.length).toBeGreaterThan(3_000_000);
    expect(stored.text).toBe(big.text);
    expect(small.text).toBe('First text.');
    expect(stored.text.endsWith('The end.')).toBe(true);
  });

  it('refuses a stored text whose passages were damaged, and deletes its file', () => {
    const store = new TextStore(path.join(dir, 'texts'), 0);
    const a = store.keep(interviews[0]!);
    const file = path.join(store.dir, TextStore.fileName(a));
    writeFileSync(file, readFileSync(file, 'latin1').replace('"start":[', '"start":{'), 'latin1');
    expect(() => a.text).toThrow(/damaged/);
    expect(existsSync(file)).toBe(false);
  });

  it('still reads a text stored in the first layout, and refuses one that does not match its hash', () => {
    const store = new TextStore(path.join(dir, 'texts'), 0);
    const [a, b] = interviews.map((i) => store.keep(i));
    // The first layout: the passages as JSON objects on one line, then the text in UTF-8.
    const firstLayout = (i: Interview, text: string) => writeFileSync(path.join(store.dir, TextStore.fileName(i)), `${JSON.stringify(i.passages)}\n${text}`);
    firstLayout(a!, interviews[0]!.text);
    firstLayout(b!, 'Not the second text.');
    expect(a!.text).toBe('First text.');
    expect(a!.passages).toEqual(interviews[0]!.passages);
    expect(() => b!.text).toThrow(/damaged/);
  });

  it('refuses a stored text changed on disk, and deletes its file', () => {
    const store = new TextStore(path.join(dir, 'texts'), 0);
    const a = store.keep(interviews[0]!);
    const file = path.join(store.dir, TextStore.fileName(a));
    writeFileSync(file, readFileSync(file, 'utf8').replace('First', 'Frist'));
    expect(() => a.text).toThrow(/damaged/);
    expect(existsSync(file)).toBe(false);
  });
});
