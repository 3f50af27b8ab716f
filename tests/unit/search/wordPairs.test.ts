/**
 * The word-pair filter may skip a phrase candidate only when its text cannot hold the phrase: on
 * seeded random texts of edge pieces (stop words, stems, apostrophes, joiners, Arabic-form
 * letters, accents, digits, surrogates), every phrase the text check finds is one the filter lets
 * through, and most phrases the text lacks are stopped by the filter alone.
 */
import { describe, expect, it } from 'vitest';
import { TermCounter, tokenStream } from '../../../main/search/analysis';
import { containsPhrase } from '../../../main/search/spans';
import { fillFilter, filterWords, mayHoldPairs, wordKey } from '../../../main/search/wordPairs';
import { randomPieces } from '../../support/randomPieces';

const WORDS = ['the', 'of', 'war', 'wars', 'warring', 'railway', 'Railways', 'station', 'stationed', "O'Brien", "family's", 'families',
  'café', 'cafe', 'CAFÉ', 'Łódź', 'lodz', 'İstanbul', 'می‌خواهم', 'میخواهم', 'كتاب', 'کتاب', '۱۹۷۸', '1978', 'naïve', 'ﬁle', 'file',
  'a', 'I', 'is', '👩🏽‍🏫', 'x\u0301', 'co\u00adop', 'don’t', "don't", 'Say', 'sai'];
const GAPS = [' ', ' ', ' ', ', ', ' — ', '\n\n', '-', '. ', ' (', ') ', "'", '’', '\u200c', ' \u0301'];

/** A seeded text of `n` words with gaps between them. */
function text(seed: number, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(randomPieces(WORDS, seed * 1000 + i, 1), randomPieces(GAPS, seed * 7919 + i, 1));
  return parts.join('');
}

function filterOf(t: string): Uint32Array {
  const keys: number[] = [];
  new TermCounter().countField(t, keys);
  const filter = new Uint32Array(filterWords(keys.length));
  fillFilter(keys, filter);
  return filter;
}

/** A phrase as the query parser makes it (query.ts): the words of what was typed. */
const phraseOf = (typed: string) => tokenStream(typed).map((w) => ({ term: w.term, folded: w.folded }));
const keysOf = (words: { term: string | null; folded: string }[]) => words.map((w) => wordKey(w.term, w.folded));

describe('the word-pair filter', () => {
  it('lets through every phrase the text holds: runs of its own words, as typed', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const t = text(seed, 40);
      const filter = filterOf(t);
      const tokens = tokenStream(t);
      for (let i = 0; i + 1 < tokens.length; i += 3) {
        const typed = t.slice(tokens[i]!.start, tokens[Math.min(tokens.length - 1, i + 1 + (seed % 3))]!.end);
        const words = phraseOf(typed);
        if (words.length < 2 || !containsPhrase(t, words)) continue;
        checked++;
        expect(mayHoldPairs(filter, 0, filter.length, keysOf(words)), `seed ${seed}: "${typed}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('lets through every random phrase the text check finds, and stops most of the others', () => {
    let held = 0;
    let absent = 0;
    let passedAbsent = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const t = text(seed, 60);
      const filter = filterOf(t);
      for (let k = 0; k < 40; k++) {
        const words = phraseOf(`${randomPieces(WORDS, seed * 31 + k, 1)} ${randomPieces(WORDS, seed * 37 + k * 5, 1)}`);
        if (words.length < 2) continue;
        const may = mayHoldPairs(filter, 0, filter.length, keysOf(words));
        if (containsPhrase(t, words)) {
          held++;
          expect(may, `seed ${seed}`).toBe(true);
        } else {
          absent++;
          if (may) passedAbsent++;
        }
      }
    }
    expect(held).toBeGreaterThan(100);
    // About 15% by design; the bound leaves room for small texts' filters.
    expect(passedAbsent / absent).toBeLessThan(0.25);
  });

  it('knows the order of the words and what a one-word text holds', () => {
    const filter = filterOf('the railway station');
    const words = phraseOf('railway station');
    expect(mayHoldPairs(filter, 0, filter.length, keysOf(words))).toBe(true);
    // "station railway" is absent: one in seven would pass by chance, so this fixed case is checked to be among the others.
    expect(mayHoldPairs(filter, 0, filter.length, keysOf([...words].reverse()))).toBe(false);
    const one = filterOf('railway');
    expect(mayHoldPairs(one, 0, one.length, keysOf(words))).toBe(false);
  });

  it('says yes where no filter was built', () => {
    expect(mayHoldPairs(new Uint32Array(0), 0, 0, [1, 2])).toBe(true);
  });
});
