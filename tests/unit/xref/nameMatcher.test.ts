import { describe, expect, it } from 'vitest';
import { analyzeOccurrence, forEachWordBounds, nextWord } from '../../../main/search/analysis';
import { nameKey, NameMatcher, type NameMatch } from '../../../main/xref/names';
import { randomPieces } from '../../support/randomPieces';

/** The matcher as first written, the definition the tree must keep: per first word, the longest name whose words all follow. */
function referenceFind(names: Array<[string, string]>, text: string, starts?: readonly number[]): NameMatch[] {
  const byFirst = new Map<string, Array<{ words: readonly string[]; entityId: string }>>();
  for (const [entityId, name] of names) {
    const words = nameKey(name);
    if (!words[0]) continue;
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, entityId });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0], list);
  }
  const folded = (s: number, e: number): string => analyzeOccurrence(text.slice(s, e)).folded.replace(/'s$/, '');
  const matches: NameMatch[] = [];
  let covered = 0;
  const tryAt = (start: number): void => {
    if (start < covered) return;
    const first = nextWord(text, start);
    if (!first || first[0] !== start) return;
    const words: Array<[number, number]> = [first];
    const wordAt = (k: number): string | undefined => {
      while (words.length <= k) {
        const next = nextWord(text, words[words.length - 1]![1]);
        if (!next) return undefined;
        words.push(next);
      }
      return folded(words[k]![0], words[k]![1]);
    };
    const hit = byFirst.get(folded(first[0], first[1]))?.find((c) => c.words.every((w, k) => k === 0 || wordAt(k) === w));
    if (!hit) return;
    matches.push({ start, end: words[hit.words.length - 1]![1], entityId: hit.entityId });
    covered = words[hit.words.length - 1]![1];
  };
  if (starts) for (const s of starts) tryAt(s);
  else forEachWordBounds(text, (s) => tryAt(s));
  return matches;
}

const WORDS = ['Camp ', 'camp ', 'Ashraf ', 'ASHRAF ', 'New ', 'Ashraf’s ', 'Al-Khalis ', 'Diyala ', 'Diala ', 'Mojahedin-e ', 'Khalq ', 'of ', 'the ', 'اشرف ', 'كمپ '];
const FILLER = [...WORDS, '. ', ', ', '\n', 'and ', 'Müller ', 'muller '];

describe('the name matcher', () => {
  it('finds what the list-per-first-word matcher found, on 1,500 random texts and name lists', () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const names: Array<[string, string]> = Array.from({ length: 1 + (seed % 30) }, (_, k) => [`e${k}`, randomPieces(WORDS, seed * 31 + k, 1 + (k % 4)).trim()]);
      const matcher = new NameMatcher();
      for (const [id, name] of names) matcher.add(id, name);
      const text = randomPieces(FILLER, seed, 5 + (seed % 50));
      const starts: number[] = [];
      forEachWordBounds(text, (s) => (s % 3 !== 0 ? starts.push(s) : 0));
      expect(matcher.find(text), `seed ${seed}`).toEqual(referenceFind(names, text));
      expect(matcher.find(text, starts), `seed ${seed}, some starts`).toEqual(referenceFind(names, text, starts));
    }
  });

  it('takes the longest name at a place, and the first entity added for the same words', () => {
    const matcher = new NameMatcher();
    matcher.add('camp', 'Camp');
    matcher.add('ashraf', 'Camp Ashraf');
    matcher.add('twin', 'camp ASHRAF');
    const text = 'They left Camp Ashraf, then the camp.';
    expect(matcher.find(text)).toEqual([
      { start: 10, end: 21, entityId: 'ashraf' },
      { start: 32, end: 36, entityId: 'camp' },
    ]);
  });
});
