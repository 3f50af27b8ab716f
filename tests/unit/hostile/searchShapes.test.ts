/**
 * Search on text shapes that once froze the host: long runs of non-letters after a hit (the
 * snippet/span work was quadratic) and a single multi-megabyte "word" (no term length cap).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTerm, analyzeWithOffsets, wordAround } from '../../../main/search/analysis';
import { MAX_TERM_LENGTH } from '../../../main/library/budget/limits';
import { matchSpans } from '../../../main/search/spans';

describe('search on hostile text shapes', () => {
  it('marks hits around 1.7 MB of bullets in linear time (quadratic took minutes; this has the default 5 s timeout)', () => {
    const text = `camp ${'• '.repeat(850_000)}ashraf camp`;
    const spans = matchSpans(text, new Set([analyzeTerm('camp') ?? '']), []);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['camp', 'camp']);
    expect(spans[1]?.start).toBe(text.length - 4);
  });

  it('still finds a word with a non-ASCII letter inside (the path the fix touched)', () => {
    const text = `• • café • naïve •`;
    const spans = matchSpans(text, new Set([analyzeTerm('café') ?? '', analyzeTerm('naïve') ?? '']), []);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['café', 'naïve']);
    expect(wordAround(text, text.indexOf('é'))).toEqual([text.indexOf('café'), text.indexOf('café') + 4]);
    expect(wordAround(text, 0)).toBeNull();
  });

  it('indexes and searches a 10 MB word by its first letters, the same on both sides', () => {
    const word = 'w'.repeat(10 * 1024 * 1024);
    const tokens = analyzeWithOffsets(`before ${word} river`);
    expect(tokens.map((t) => t.term.length)).toEqual([analyzeTerm('before')?.length, MAX_TERM_LENGTH, analyzeTerm('river')?.length]);
    expect(tokens[1]?.end).toBe(7 + word.length);
    expect(analyzeTerm('w'.repeat(MAX_TERM_LENGTH + 5))).toBe(tokens[1]?.term);
  });
});
