import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RankedQueue } from '../../../main/search/rankedQueue';

const before = (a: { score: number; id: number }, b: { score: number; id: number }): boolean => b.score < a.score || (a.score === b.score && a.id < b.id);

describe('RankedQueue', () => {
  it('gives the items in the order a full sort gives, as far as they are taken, and the same again', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.nat(), (scores, n) => {
        const items = scores.map((score, id) => ({ score, id }));
        const sorted = items.slice().sort((a, b) => b.score - a.score || a.id - b.id);
        const queue = new RankedQueue(items.slice(), before);
        expect(queue.length).toBe(items.length);
        const some: typeof items = [];
        for (const item of queue) {
          if (some.length >= n % (items.length + 1)) break;
          some.push(item);
        }
        expect(some).toEqual(sorted.slice(0, some.length));
        expect([...queue]).toEqual(sorted);
        expect([...queue]).toEqual(sorted);
        expect(queue.length).toBe(items.length);
      }),
      { numRuns: 300 },
    );
  });
});
