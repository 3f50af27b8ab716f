import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../../main/search/kthLargest';

describe('kthLargest', () => {
  it('gives what sorting gives, with ties, and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 400 }), fc.nat(), (xs, n) => {
        const values = Float64Array.from(xs);
        const before = values.slice();
        const k = 1 + (n % values.length);
        const sorted = values.slice().sort();
        expect(kthLargest(values, k)).toBe(sorted[values.length - k]);
        expect(values).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a k outside the values', () => {
    expect(() => kthLargest(new Float64Array(3), 0)).toThrow(RangeError);
    expect(() => kthLargest(new Float64Array(3), 4)).toThrow(RangeError);
  });
});
