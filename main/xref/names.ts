import { analyzeOccurrence, forEachWord, forEachWordBounds, foldWord, nextWord } from '../search/analysis';

// The same names are keyed again and again (each interview's runs, the gazetteers, the evidence): folded once each.
const keys = new Map<string, readonly string[]>();

/** A name as the sequence of folded words it is written with ("Camp Ashraf" → camp, ashraf). */
export function nameKey(name: string): readonly string[] {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 200_000) keys.clear();
    const words: string[] = [];
    forEachWord(name, (word) => {
      const folded = foldWord(word).replace(/'s$/, '');
      if (folded) words.push(folded);
    });
    keys.set(name, (key = words));
  }
  return key;
}

// Names repeat: most words folded while matching have been folded before.
const foldedWords = new Map<string, string>();
function foldOnce(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 200_000) foldedWords.clear();
    folded = analyzeOccurrence(word).folded.replace(/'s$/, '');
    foldedWords.set(word, folded);
  }
  return folded;
}

export interface NameMatch {
  start: number;
  end: number;
  entityId: string;
}

/**
 * Finds every occurrence of any of the names in a text, whole words only, with the same
 * folding as search (so ك/ک, ي/ی, accents and case do not matter); longest name first.
 */
export class NameMatcher {
  private readonly byFirst = new Map<string, Array<{ words: readonly string[]; entityId: string }>>();

  add(entityId: string, name: string): void {
    const words = nameKey(name);
    const first = words[0];
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, entityId });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /**
   * Every name in `text`. With `starts` (word offsets, e.g. the capitalised words), only names
   * beginning there are looked for, reading words forward only as far as a name needs: a
   * fraction of the cost of folding every word.
   */
  find(text: string, starts?: readonly number[]): NameMatch[] {
    const matches: NameMatch[] = [];
    const folded = (start: number, end: number): string => foldOnce(text.slice(start, end));
    let covered = 0;
    const tryAt = (start: number): void => {
      if (start < covered) return;
      const first = nextWord(text, start);
      if (!first || first[0] !== start) return;
      const candidates = this.byFirst.get(folded(first[0], first[1]));
      if (!candidates) return;
      const words: Array<[number, number]> = [first];
      const wordAt = (k: number): string | undefined => {
        while (words.length <= k) {
          const next = nextWord(text, words[words.length - 1]![1]);
          if (!next) return undefined;
          words.push(next);
        }
        return folded(words[k]![0], words[k]![1]);
      };
      const hit = candidates.find((c) => c.words.every((w, k) => k === 0 || wordAt(k) === w));
      if (!hit) return;
      const end = words[hit.words.length - 1]![1];
      matches.push({ start, end, entityId: hit.entityId });
      covered = end;
    };
    if (starts) for (const s of starts) tryAt(s);
    else forEachWordBounds(text, (start) => tryAt(start));
    return matches;
  }
}
