import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../../main/library/readArchive';
import { capitalisedRuns, nameStarts } from '../../../main/xref/runs';
import { extractBatch } from '../../../main/xref/extract';
import type { Interview } from '../../../main/library/types';
import { cacheFile } from '../../../main/xref/candidateCache';
import { summarise } from '../../../main/xref/entities';
import { XrefService } from '../../../main/xref/service';
import { tempArchive } from '../../support/tempArchive';

describe('finding names without tagging every word', () => {
  const scratch = tempArchive({
    'one.txt': 'Amir Kazemi interviewed by Lena Ortiz\n\nQ: How did you leave?\n\nA: We went from Istanbul to Ankara by bus, and later Omar Castillo of the UNHCR met us there.\n',
  });
  afterAll(() => scratch.cleanup());

  it('takes capitalised runs, splits lists and stop words off, and marks a lone sentence-initial word', () => {
    const text = 'Meanwhile we met Omar Castillo and Lucía Smith in Istanbul. I Ruth Taylor wrote to the Society of Friends.';
    const runs = capitalisedRuns(text);
    expect(runs.map((r) => r.text)).toEqual(['Meanwhile', 'Omar Castillo', 'Lucía Smith', 'Istanbul', 'Ruth Taylor', 'Society of Friends']);
    expect(runs.filter((r) => r.initial).map((r) => r.text)).toEqual(['Meanwhile']);
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(nameStarts('in Camp Ashraf, near al-Khalis')).toEqual([3, 8, 24]);
    expect(nameStarts('in کمپ اشرف and می‌خواهم')).toEqual([3, 7, 16]);
    expect(nameStarts("O'Brien met Émile Zoë-Ann")).toEqual([0, 12, 18, 22]);
  });

  it('finds names in the background, saves them in the cache and reuses them on the next open', async () => {
    const { interviews } = await readArchive(scratch.root);
    const first = await XrefService.open(scratch.root, scratch.userData, () => interviews);
    await first.prepare();
    const names = first.entities().map(summarise);
    expect(names.map((e) => e.name)).toEqual(expect.arrayContaining(['Amir Kazemi', 'Lena Ortiz', 'Istanbul', 'Ankara', 'UNHCR']));
    expect(existsSync(cacheFile(scratch.userData))).toBe(true);
    await first.close();

    const again = await XrefService.open(scratch.root, scratch.userData, () => interviews);
    expect(again.entities().map(summarise)).toEqual(names);
    await again.close();
  });

  it('judges the new names of several interviews in one call, stopping early at a bound on the names', () => {
    const pairs = [['Margaret Quillfeather', 'Thomas Zorbanek'], ['Olivia Brackwater', 'Charles Penhallow'], ['Rose Featherby', 'Leo Vantongeren']];
    const batch = pairs.map(([a, b], n): Interview => {
      const text = `Q: Who helped you?\n\nA: We met ${a} and ${b} in Istanbul. ${a} spoke to the guards.`;
      return { id: `i${n}`, path: `${n}.txt`, format: 'txt', title: `${n}`, text, passages: [{ start: 0, end: text.length }], hash: `h${n}`, words: 20 };
    });
    const partial = extractBatch(batch, 2);
    expect(partial).toHaveLength(1);
    expect(partial[0]?.find((c) => c.name === 'Margaret Quillfeather')?.kind).toBe('person');
    const all = extractBatch(batch);
    expect(all).toHaveLength(3);
    expect(all[2]?.find((c) => c.name === 'Leo Vantongeren')?.kind).toBe('person');
  });
});
