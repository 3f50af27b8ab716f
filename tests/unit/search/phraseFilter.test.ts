/**
 * A phrase of common words that rarely stand together: every interview has both words, a few
 * have them in a row. The search finds exactly those few, and reads the texts of few others
 * (the word-pair filter stops the rest before their text is read).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../../main/library/types';
import { SearchEngine } from '../../../main/search/engine';
import { interview } from './helpers';

const FILLER = 'we waited by the river and the train came late in the winter of that year when the harvest failed';

function archive(): { docs: Interview[]; reads: Map<string, number>; holders: string[] } {
  const reads = new Map<string, number>();
  const docs: Interview[] = [];
  const holders: string[] = [];
  for (let i = 0; i < 200; i++) {
    const id = `rail-${i}`;
    const together = i % 40 === 7;
    if (together) holders.push(id);
    const text = `${FILLER} ${i}. The railway ${together ? 'station' : 'works'} stood empty; ${FILLER}. Then the station master spoke of the railway.`;
    const base = interview(id, text);
    const counted = { ...base };
    Object.defineProperty(counted, 'text', { enumerable: true, get: () => (reads.set(id, (reads.get(id) ?? 0) + 1), base.text) });
    docs.push(counted);
  }
  return { docs, reads, holders };
}

/** Searches the rare phrase; the ids found and how many of the others' texts were read. */
function rare(engine: SearchEngine, reads: Map<string, number>, holders: string[], phrase: string): { ids: string[] | false; total: unknown; othersRead: number } {
  reads.clear();
  const found = engine.search(phrase, { limit: 20 });
  return {
    ids: found.ok && found.hits.map((h) => h.id).sort(),
    total: found.ok && [found.total, found.totalIsExact],
    othersRead: [...reads.keys()].filter((id) => !holders.includes(id)).length,
  };
}

describe('a rare phrase of common words', async () => {
  const { docs, reads, holders } = archive();
  const engine = await SearchEngine.build(docs, { workerPath: null });
  const tmp = mkdtempSync(join(tmpdir(), 'phrase-filter-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('finds exactly the interviews that hold it, with an exact total', () => {
    const found = rare(engine, reads, holders, '"railway station"');
    expect([found.ids, found.total]).toEqual([[...holders].sort(), [holders.length, true]]);
    // Without the filter every one of the 195 others was read; about one in seven passes it by chance.
    expect(found.othersRead).toBeLessThan(195 * 0.3);
  });

  it('leaves out exactly those interviews when the phrase is excluded', () => {
    const found = engine.search('railway -"railway station"', { limit: 500 });
    expect(found.ok && found.hits.length).toBe(200 - holders.length);
    expect(found.ok && found.hits.some((h) => holders.includes(h.id))).toBe(false);
  });

  it('uses the filters saved with the index, and answers the same without them', async () => {
    await engine.save(tmp);
    // A phrase of its own per engine: what a text holds is remembered by its id and hash, which stay the same.
    const again = archive();
    const loaded = await SearchEngine.load(tmp, again.docs, { workerPath: null });
    expect(loaded).not.toBeNull();
    const withFilters = rare(loaded!, again.reads, again.holders, '"the railway station"');
    expect(withFilters.ids).toEqual([...again.holders].sort());
    expect(withFilters.othersRead).toBeLessThan(195 * 0.3);
    for (const f of readdirSync(tmp).filter((name) => name.endsWith('.pairs'))) rmSync(join(tmp, f));
    const bare = archive();
    const unfiltered = rare((await SearchEngine.load(tmp, bare.docs, { workerPath: null }))!, bare.reads, bare.holders, '"The railway station stood"');
    expect([unfiltered.ids, unfiltered.total]).toEqual([withFilters.ids, withFilters.total]);
    expect(unfiltered.othersRead).toBe(195);
  });

  it('a host reads the saved filters in the background, before its first phrase', async () => {
    const dir = join(tmp, 'warm');
    await engine.save(dir);
    const host = archive();
    const loaded = (await SearchEngine.load(dir, host.docs, { workerPath: null }))!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Gone from disk now: only filters already read can stop the others.
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.pairs'))) rmSync(join(dir, f));
    expect(rare(loaded, host.reads, host.holders, '"railway station stood"').othersRead).toBeLessThan(195 * 0.3);
  });
});
