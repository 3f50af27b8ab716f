/**
 * A phrase of common words that rarely stand together: every interview has both words, a few
 * have them in a row. The search finds exactly those few, and reads the texts of few others
 * (the word-pair filter stops the rest before their text is read).
 */
import { describe, expect, it } from 'vitest';
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

describe('a rare phrase of common words', async () => {
  const { docs, reads, holders } = archive();
  const engine = await SearchEngine.build(docs, { workerPath: null });

  it('finds exactly the interviews that hold it, with an exact total', () => {
    reads.clear();
    const found = engine.search('"railway station"', { limit: 20 });
    expect(found.ok && found.hits.map((h) => h.id).sort()).toEqual([...holders].sort());
    expect(found.ok && [found.total, found.totalIsExact]).toEqual([holders.length, true]);
    const others = [...reads.keys()].filter((id) => !holders.includes(id));
    // Without the filter every one of the 195 others was read; about one in seven passes it by chance.
    expect(others.length).toBeLessThan(195 * 0.3);
  });

  it('leaves out exactly those interviews when the phrase is excluded', () => {
    const found = engine.search('railway -"railway station"', { limit: 500 });
    expect(found.ok && found.hits.length).toBe(200 - holders.length);
    expect(found.ok && found.hits.some((h) => holders.includes(h.id))).toBe(false);
  });
});
