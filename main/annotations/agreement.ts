/**
 * Inter-coder agreement between two coders, per code, at the character level (as NVivo and
 * MAXQDA compute it for text): over the interviews both coders annotated, every character is
 * coded by both, by one, or by neither. Percent agreement is (both + neither) / all characters;
 * Cohen's kappa corrects it for the agreement expected by chance from each coder's share.
 */

export interface CodedSpan {
  interviewId: string;
  start: number;
  end: number;
  codes: readonly string[];
  creator: string | undefined;
}

export interface Run {
  interviewId: string;
  start: number;
  end: number;
  /** Which coder coded this run (the other did not). */
  codedBy: string;
}

export interface CodeAgreementFigures {
  codeId: string;
  percent: number;
  kappa: number | null;
  disagreements: Run[];
}

type Interval = [number, number];

/** Sorted, non-overlapping intervals covering the same characters. */
function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (e > s) out.push([s, e]);
  }
  return out;
}

function length(intervals: Interval[]): number {
  return intervals.reduce((n, [s, e]) => n + e - s, 0);
}

/** The parts of `a` that `b` does not cover (both sorted and disjoint). */
function minus(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [s0, e] of a) {
    let s = s0;
    for (const [bs, be] of b) {
      if (be <= s || bs >= e) continue;
      if (bs > s) out.push([s, bs]);
      s = Math.max(s, be);
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

/** Cohen's kappa from the four cell counts; null when chance agreement is total. */
export function cohensKappa(both: number, onlyA: number, onlyB: number, neither: number): number | null {
  const n = both + onlyA + onlyB + neither;
  if (n === 0) return null;
  const observed = (both + neither) / n;
  const expected = ((both + onlyA) * (both + onlyB) + (onlyB + neither) * (onlyA + neither)) / (n * n);
  return expected === 1 ? null : (observed - expected) / (1 - expected);
}

/**
 * Agreement of `coderA` and `coderB` for each code, over the interviews both have annotated.
 * `lengths` gives each interview's text length (the characters neither coder coded count too).
 */
export function codeAgreement(spans: readonly CodedSpan[], lengths: ReadonlyMap<string, number>, coderA: string, coderB: string, codeIds: readonly string[]): { interviews: string[]; codes: CodeAgreementFigures[] } {
  const byCoder = (coder: string) => spans.filter((s) => s.creator === coder);
  const a = byCoder(coderA);
  const b = byCoder(coderB);
  const shared = [...new Set(a.map((s) => s.interviewId))].filter((id) => b.some((s) => s.interviewId === id) && lengths.has(id)).sort();
  const codes = codeIds.map((codeId) => {
    let both = 0, onlyA = 0, onlyB = 0, total = 0;
    const disagreements: Run[] = [];
    for (const interviewId of shared) {
      const of = (list: CodedSpan[]) => union(list.filter((s) => s.interviewId === interviewId && s.codes.includes(codeId)).map((s): Interval => [s.start, s.end]));
      const ia = of(a);
      const ib = of(b);
      const aOnly = minus(ia, ib);
      const bOnly = minus(ib, ia);
      both += length(ia) - length(aOnly);
      onlyA += length(aOnly);
      onlyB += length(bOnly);
      total += lengths.get(interviewId) ?? 0;
      for (const [start, end] of aOnly) disagreements.push({ interviewId, start, end, codedBy: coderA });
      for (const [start, end] of bOnly) disagreements.push({ interviewId, start, end, codedBy: coderB });
    }
    const neither = Math.max(0, total - both - onlyA - onlyB);
    const percent = total === 0 ? 0 : (100 * (both + neither)) / total;
    disagreements.sort((x, y) => x.interviewId.localeCompare(y.interviewId) || x.start - y.start);
    return { codeId, percent, kappa: cohensKappa(both, onlyA, onlyB, neither), disagreements };
  });
  return { interviews: shared, codes };
}
