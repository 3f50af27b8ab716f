/**
 * The span scan (spans.ts) skips most words by their first letters; on seeded random texts of
 * edge pieces (accents inside and at the start of words, a mark composing with the letter before
 * it, ligatures, Polish and Turkish letters, Persian and Arabic forms, digits), it finds exactly
 * the words that analysing every word finds, for every set of wanted terms.
 */
import { describe, expect, it } from 'vitest';
import { tokenStream } from '../../../main/search/analysis';
import { matchSpans } from '../../../main/search/spans';
import { randomPieces } from '../../support/randomPieces';

const WORDS = ['Müller', 'muller', 'Mueller', 'café', 'cafe', 'Émile', 'emile', 'e\u0301cole', 'école', 'ecole', 'ﬁle', 'file', 'oﬃce', 'office',
  'Łódź', 'lodz', 'İstanbul', 'istanbul', 'naïve', 'naive', 'x\u0301', 'Tabrizí', 'tabriz', 'فیروزمند', 'كتاب', 'کتاب', '۱۹۷۸', '1978',
  'war', 'the', 'Warfare', 'Zoë', 'zoe', 'Ångström', 'angstrom'];
const GAPS = [' ', ', ', ' — ', '\n\n', '. ', ' (', ') ', '’', ' \u0301'];

function text(seed: number, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(randomPieces(WORDS, seed * 1000 + i, 1), randomPieces(GAPS, seed * 7919 + i, 1));
  return parts.join('');
}

const termsOf = (typed: string): Set<string> => new Set(tokenStream(typed).flatMap((t) => (t.term === null ? [] : [t.term])));

describe('the span scan', () => {
  it('finds the words that analysing every word finds, and no others', () => {
    let found = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const t = text(seed, 80);
      // Wanted sets: all beginning with an ASCII letter (the scan then skips words by their first letter), or not.
      for (const typed of ['muller ecole', 'emile file office', 'lodz istanbul naive', 'tabriz zoe angstrom war', 'école Łódź', 'کتاب 1978 cafe']) {
        const wanted = termsOf(typed);
        const expected = tokenStream(t).filter((w) => w.term !== null && wanted.has(w.term)).map((w) => ({ start: w.start, end: w.end }));
        expect(matchSpans(t, wanted, []), `${typed} in seed ${seed}`).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});
