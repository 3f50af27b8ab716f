import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSegment } from '../../../main/annotations/store/journal';
import { input, segments, useTempStores } from './helpers';

const t = useTempStores();

/** A store folder with `n` annotations in one journal segment; returns the ids and the segment bytes. */
async function written(n: number): Promise<{ dir: string; ids: string[]; file: string; bytes: Buffer }> {
  const dir = t.dir();
  const store = await t.open(dir);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await store.addAnnotation(input(i, { note: `ünïcødé ${i} \u202e` }))).id);
  await store.close();
  const file = segments(dir)[0]!;
  return { dir, ids, file, bytes: fs.readFileSync(file) };
}

function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

describe('journal recovery', () => {
  it('a tail torn at every byte offset of the last record: the other records are restored, the tail trimmed', async () => {
    const { dir, ids, file, bytes } = await written(4);
    const lastStart = lineStarts(bytes).at(-1)!;
    // A torn write happens in a crash, before close records the last saved record number.
    fs.rmSync(path.join(dir, 'journal.seq'));
    for (let cut = lastStart; cut < bytes.length; cut++) {
      fs.writeFileSync(file, bytes.subarray(0, cut));
      const store = await t.open(dir);
      expect(store.listAnnotations().map((a) => a.id).sort(), `cut at ${cut}`).toEqual(ids.slice(0, 3).sort());
      if (cut > lastStart) expect(store.problems.join(), `cut at ${cut}`).toMatch(/unfinished write/);
      await store.close();
      // Trimmed on disk, so the next write starts on a clean line.
      expect(fs.statSync(file).size).toBe(lastStart);
    }
    // Only the cut bytes were kept (in case the end was cut by hand); no record was called missing.
    expect(fs.readdirSync(path.join(dir, 'quarantine')).every((f) => f.endsWith('.tail'))).toBe(true);
  });

  it('writes after a trimmed tail are not glued to the garbage', async () => {
    const { dir, ids, file, bytes } = await written(3);
    fs.writeFileSync(file, Buffer.concat([bytes, Buffer.from('4a3b2c1d {"seq":4,"o":{"op":"annot')]));
    const store = await t.open(dir);
    const added = await store.addAnnotation(input(9));
    await store.close();
    const again = await t.open(dir);
    expect(again.listAnnotations().map((a) => a.id).sort()).toEqual([...ids, added.id].sort());
    expect(again.problems).toEqual([]);
  });

  it('a NUL-filled tail (file size grew, data never arrived) is trimmed', async () => {
    const { dir, ids, file, bytes } = await written(3);
    fs.writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(4096)]));
    const store = await t.open(dir);
    expect(store.listAnnotations().length).toBe(ids.length);
    expect(store.problems.join()).toMatch(/removed 4,096 bytes at the end, an unfinished write/);
    expect(fs.statSync(file).size).toBe(bytes.length);
  });

  it('a bit flip in the middle: that record is quarantined and reported, every other record restored', async () => {
    const { dir, ids, file, bytes } = await written(5);
    const starts = lineStarts(bytes);
    const damaged = Buffer.from(bytes);
    const at = starts[2]! + 40;
    damaged[at] = damaged[at]! ^ 0x04;
    fs.writeFileSync(file, damaged);
    const store = await t.open(dir);
    expect(store.listAnnotations().map((a) => a.id).sort()).toEqual([...ids.slice(0, 2), ...ids.slice(3)].sort());
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]).toMatch(new RegExp(`damaged record at byte ${starts[2]} \\(checksum mismatch\\).*quarantine`));
    const kept = fs.readdirSync(path.join(dir, 'quarantine'));
    expect(kept).toEqual([`${path.basename(file)}@${starts[2]}.bad`]);
    expect(fs.readFileSync(path.join(dir, 'quarantine', kept[0]!))).toEqual(damaged.subarray(starts[2], starts[3]! - 1));
    // The middle is never cut: the file is left as it was.
    expect(fs.readFileSync(file)).toEqual(damaged);
  });

  it('every single-bit flip in a middle record is caught: never applied as a different record, always reported', async () => {
    const { bytes } = await written(3);
    const originals = readSegment(bytes).records;
    const starts = lineStarts(bytes);
    for (let i = starts[1]!; i < starts[2]!; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = Buffer.from(bytes);
        flipped[i] = flipped[i]! ^ (1 << bit);
        const read = readSegment(flipped);
        for (const r of read.records) expect(originals).toContainEqual(r);
        expect(read.records.length).toBeLessThan(3);
        const reported = read.middle.length + (read.tail && !read.tail.torn ? 1 : 0);
        expect(reported, `byte ${i} bit ${bit}`).toBeGreaterThan(0);
      }
    }
  });

  it('a bit flip in the last complete record is damage, not a torn write: quarantined, then cut', async () => {
    const { dir, ids, file, bytes } = await written(3);
    const starts = lineStarts(bytes);
    const damaged = Buffer.from(bytes);
    damaged[starts[2]! + 30] = damaged[starts[2]! + 30]! ^ 0x01;
    fs.writeFileSync(file, damaged);
    const store = await t.open(dir);
    expect(store.listAnnotations().map((a) => a.id).sort()).toEqual(ids.slice(0, 2).sort());
    expect(store.problems.join()).toMatch(/damaged end of file.*quarantine/);
    // It had been saved (the store was closed after it), so it is also reported as missing.
    expect(store.problems.join()).toMatch(/Records 3 to 3 had been saved but are missing/);
    expect(fs.readdirSync(path.join(dir, 'quarantine')).sort()).toEqual([`${path.basename(file)}.as-found`, `${path.basename(file)}@${starts[2]}.bad`]);
  });

  it('read-only mode recovers in memory but writes nothing', async () => {
    const { dir, file, bytes } = await written(3);
    fs.writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(100)]));
    const store = await t.open(dir, { readOnly: true });
    expect(store.listAnnotations()).toHaveLength(3);
    expect(fs.statSync(file).size).toBe(bytes.length + 100);
  });
});
