import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedMerge } from '../../../main/search/sortedMerge';

describe('merging sorted vocabularies a slice at a time', () => {
  it('gives the same list, whatever the slices', () => {
    const vocabulary = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ی', '1', 'z') }), { maxLength: 30 }).map((w) => w.sort());
    fc.assert(fc.property(fc.array(vocabulary, { maxLength: 7 }), (lists) => {
      const merge = new SortedMerge(lists);
      // A deadline already past: each step does one chunk and stops.
      while (!merge.step(0));
      expect(merge.result()).toEqual([...new Set(lists.flat())].sort());
    }));
  });

  it('stops at its deadline on a large vocabulary and resumes where it stopped', () => {
    const lists = Array.from({ length: 8 }, (_, s) => Array.from({ length: 30_000 }, (_, n) => `w${String(n * 8 + s).padStart(7, '0')}`));
    const merge = new SortedMerge(lists);
    let steps = 1;
    while (!merge.step(0)) steps++;
    const merged = merge.result();
    expect(merged.length).toBe(240_000);
    expect(merged.every((w, n) => n === 0 || (merged[n - 1] ?? '') < w)).toBe(true);
    // Three levels of pairwise merges over 240,000 terms, in chunks of 4,096.
    expect(steps).toBeGreaterThan(100);
  });
});
