import { describe, expect, it } from 'vitest';
import { codeAgreement, cohensKappa, type CodedSpan } from '../../../main/annotations/agreement';

const span = (creator: string, start: number, end: number, codes = ['x'], interviewId = 'one'): CodedSpan => ({ interviewId, start, end, codes, creator });

describe('coder agreement, character level', () => {
  it('matches a hand-computed example', () => {
    // Interview of 100 characters. Ana codes 0-20 and 50-60 with x; Ben codes 10-30.
    // both 10 (10-20), only Ana 20 (0-10, 50-60), only Ben 10 (20-30), neither 60.
    // observed 0.70; expected (30·20 + 70·80) / 100² = 0.62; kappa = 0.08 / 0.38 = 0.2105…
    const result = codeAgreement([span('Ana', 0, 20), span('Ana', 50, 60), span('Ben', 10, 30)], new Map([['one', 100]]), 'Ana', 'Ben', ['x']);
    const [x] = result.codes;
    expect(result.interviews).toEqual(['one']);
    expect(x?.percent).toBeCloseTo(70, 10);
    expect(x?.kappa).toBeCloseTo(0.08 / 0.38, 10);
    expect(x?.disagreements).toEqual([
      { interviewId: 'one', start: 0, end: 10, codedBy: 'Ana' },
      { interviewId: 'one', start: 20, end: 30, codedBy: 'Ben' },
      { interviewId: 'one', start: 50, end: 60, codedBy: 'Ana' },
    ]);
  });

  it('counts overlapping spans of one coder once, and only interviews both coded', () => {
    const spans = [span('Ana', 0, 10), span('Ana', 5, 10), span('Ben', 0, 10), span('Ana', 0, 50, ['x'], 'two')];
    const [x] = codeAgreement(spans, new Map([['one', 40], ['two', 50]]), 'Ana', 'Ben', ['x']).codes;
    expect(x?.percent).toBe(100);
    expect(x?.kappa).toBe(1);
    expect(x?.disagreements).toEqual([]);
  });

  it('gives no kappa when chance agreement is total, and keeps other codes apart', () => {
    expect(cohensKappa(0, 0, 0, 10)).toBeNull();
    const [y] = codeAgreement([span('Ana', 0, 10, ['x']), span('Ben', 0, 10, ['x'])], new Map([['one', 10]]), 'Ana', 'Ben', ['y']).codes;
    expect(y).toMatchObject({ percent: 100, kappa: null });
  });
});
