import { describe, expect, it } from 'vitest';
import { LowerCaseWords } from '../../../main/xref/lowerCase';

/** The words the lookup must agree with: every match of the pattern, collected. */
const allWords = (text: string): Set<string> => new Set([...text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}'’]*/gu)].map((m) => m[0]));

const TEXTS = [
  'Den of the den. Union and the union; Price in the price.',
  "rock'n'roll o'clock 'clock ’tis tis n Roll roll'",
  'éte\u0301 e\u0301t café Café 𝐀bc x𝐚y 𝐚y ay déjà-vu vu',
  'İstanbul istanbul i\u0307stanbul stanbul',
  "don't dont' don t won’t won’ won ’won",
  'END end NOT not date DATE abc1 abc 1abc',
];

describe('LowerCaseWords', () => {
  it('answers exactly as the set of every lower-case word would', () => {
    for (const text of TEXTS) {
      const expected = allWords(text);
      const asked = new Set([...expected, ...text.toLowerCase().split(/[\s.,;]+/u), ...text.split(/[\s.,;'’-]+/u), 'tis', 'n', 'roll', 'clock', 'vu', 'ay', 'y', 'stanbul', 't', 'won', '']);
      // Words expected up front (one pass) and words asked about later (a search each).
      for (const words of [new LowerCaseWords(text, asked), new LowerCaseWords(text)]) {
        for (const word of asked) expect(words.has(word), `${JSON.stringify(word)} in ${JSON.stringify(text)}`).toBe(expected.has(word));
      }
    }
  });
});
