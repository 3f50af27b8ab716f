import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../../main/search/nextTurn';

describe('nextTurn', () => {
  it('advances a chain of slices in a quiet event loop', async () => {
    let steps = 0;
    const step = (): void => {
      if (++steps < 50) nextTurn(step);
    };
    nextTurn(step);
    // Only this timer keeps the loop alive: a chain of unref'd immediates waited for it to wake the loop (3 steps a second).
    await new Promise((r) => setTimeout(r, 500));
    expect(steps).toBe(50);
  });
});
