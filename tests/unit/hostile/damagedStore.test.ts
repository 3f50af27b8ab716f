/**
 * A store damaged by hand, the four cases the red team found reported wrongly or not at all:
 * each is now reported with what was lost, and a copy of the damaged file is kept.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { input, segments, useTempStores } from '../annotations/helpers';

const t = useTempStores();

async function written(n: number, compactEvery?: number): Promise<{ dir: string; ids: string[] }> {
  const dir = t.dir();
  const store = await t.open(dir, compactEvery ? { compactEvery } : undefined);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await store.addAnnotation(input(i))).id);
  await store.close();
  return { dir, ids };
}

const quarantined = (dir: string): string[] => (fs.existsSync(path.join(dir, 'quarantine')) ? fs.readdirSync(path.join(dir, 'quarantine')) : []);

describe('a hand-damaged annotation store', () => {
  it('an emptied journal without a snapshot: the loss is reported, not silent', async () => {
    const { dir } = await written(12);
    expect(fs.existsSync(path.join(dir, 'snapshot.json'))).toBe(false);
    fs.truncateSync(segments(dir)[0]!, 0);
    const store = await t.open(dir);
    expect(store.listAnnotations()).toHaveLength(0);
    expect(store.problems.join(' ')).toMatch(/Records 1 to 12 had been saved but are missing.*12 changes could not be restored/);
  });

  it('a deleted newest segment: the records it held are reported missing', async () => {
    const { dir, ids } = await written(95, 30);
    const all = segments(dir);
    fs.rmSync(all.at(-1)!);
    const store = await t.open(dir);
    const lost = ids.length - store.listAnnotations().length;
    expect(lost).toBeGreaterThan(0);
    expect(store.problems.join(' ')).toMatch(new RegExp(`${lost} changes could not be restored`));
  });

  it('random bytes over the journal: it says no record could be read, never "the records around it were restored"', async () => {
    const { dir } = await written(8);
    const file = segments(dir)[0]!;
    const size = fs.statSync(file).size;
    fs.writeFileSync(file, Buffer.concat([randomBytes(size / 2), Buffer.from('\n'), randomBytes(size / 2), Buffer.from('\n')]));
    const store = await t.open(dir);
    expect(store.listAnnotations()).toHaveLength(0);
    const said = store.problems.join(' ');
    expect(said).not.toMatch(/records around it were restored/);
    expect(said).toMatch(/no record of this file could be read/);
    expect(said).toMatch(/8 changes could not be restored/);
    expect(quarantined(dir).length).toBeGreaterThan(0);
  });

  it('5 bytes cut from the last acknowledged record: kept in quarantine and reported missing', async () => {
    const { dir, ids } = await written(4);
    const file = segments(dir)[0]!;
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 5));
    const store = await t.open(dir);
    expect(store.listAnnotations().map((a) => a.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(store.problems.join(' ')).toMatch(/Records 4 to 4 had been saved but are missing/);
    const tail = quarantined(dir).find((f) => f.endsWith('.tail'));
    expect(tail).toBeDefined();
    const kept = fs.readFileSync(path.join(dir, 'quarantine', tail!));
    expect(bytes.subarray(0, bytes.length - 5).subarray(-kept.length)).toEqual(kept);
  });
});
