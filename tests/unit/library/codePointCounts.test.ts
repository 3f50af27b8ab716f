import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../main/library/metadata';
import { countWords } from '../../../main/library/wordCount';
import { randomPieces } from '../../support/randomPieces';

// The definitions the loops must agree with, as regular expressions (how they were written first).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200c]*(?:['’.-][\p{L}\p{N}][\p{L}\p{N}\p{M}\u200c]*)*/gu;
const wordsByRegex = (text: string): number => text.match(WORD)?.length ?? 0;
function languageByRegex(text: string): string {
  const sample = text.slice(0, 20000);
  if (!/\p{Script=Arabic}/u.test(sample)) return 'en';
  const units = (re: RegExp): number => [...sample.matchAll(re)].reduce((n, m) => n + m[0].length, 0);
  const letters = units(/\p{L}+/gu);
  return letters > 0 && units(/\p{Script=Arabic}+/gu) / letters > 0.5 ? 'fa' : 'en';
}

// Pieces that sit on the edges of both definitions: joiners, marks, ZWNJ, digits in three scripts,
// letters outside the BMP (a surrogate pair), a lone surrogate, Arabic punctuation and tatweel.
const PIECES = ['a', 'Z', '7', ' ', '\n', "'", '’', '.', '-', '--', '\u0301', '\u200c', '\u200d', 'é', 'ß', 'می', 'خواهم', '۱۲', '٣', '،', 'ـ', '𝐀', '𠀋', '\ud800', '\udc00', '😀', 'x', ',', '"'];
const randomText = (seed: number, n: number): string => randomPieces(PIECES, seed, n);

describe('word and script counts by a loop over code points', () => {
  it('count the words the regex counts, on the cases that read alike', () => {
    const cases = ["O'Brien said: well-known U.S. ", 'می‌خواهم بروم', 'e\u0301te\u0301', '\u0301start', "end'", "a'", '-a-', '𝐀𝐁 c', 'x\ud800y', '', '...', '۱۲۳ ٤٥'];
    for (const text of cases) expect(countWords(text), JSON.stringify(text)).toBe(wordsByRegex(text));
    expect(countWords("O'Brien said: well-known U.S. ")).toBe(4);
  });

  it('count the words the regex counts, on 2,000 random strings of edge pieces', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 1 + (seed % 60));
      expect(countWords(text), `seed ${seed}: ${JSON.stringify(text)}`).toBe(wordsByRegex(text));
    }
  });

  it('guess the language the regexes guessed, Persian by its share of letters', () => {
    expect(guessLanguage('Only English here.')).toBe('en');
    expect(guessLanguage('من در تهران زندگی می‌کردم and a little English')).toBe('fa');
    expect(guessLanguage('A long English answer about the camp, naming تهران once.')).toBe('en');
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed * 7, 1 + (seed % 80));
      expect(guessLanguage(text), `seed ${seed}: ${JSON.stringify(text)}`).toBe(languageByRegex(text));
    }
    // The sample ends at 20,000 code units, even inside a surrogate pair.
    const cut = `${'x'.repeat(19_999)}𝐀${'خ'.repeat(30_000)}`;
    expect(guessLanguage(cut)).toBe(languageByRegex(cut));
  });
});
