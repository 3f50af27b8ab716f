import { ownString } from '../library/ownString';
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
    // A copy as the key: the word is a slice of a text, and would keep the whole text alive.
    foldedWords.set(ownString(word), folded);
  }
  return folded;
}

export interface NameMatch {
  start: number;
  end: number;
  entityId: string;
}

/** The names that go on from here, one folded word further; `entityId` where a name ends. */
interface NameNode {
  next?: Map<string, NameNode>;
  entityId?: string;
}

/**
 * Finds every occurrence of any of the names in a text, whole words only, with the same
 * folding as search (so ك/ک, ي/ی, accents and case do not matter); longest name first. The names
 * are a tree of their folded words: a place in the text is tried by reading words forward only
 * while some name goes on (it was a list per first word, tried name by name, and the lists grew
 * with the archive: 28 s of building the entities at 20,000 interviews).
 */
export class NameMatcher {
  private readonly root = new Map<string, NameNode>();

  add(entityId: string, name: string): void {
    const words = nameKey(name);
    if (words.length === 0) return;
    let level = this.root;
    let node: NameNode | undefined;
    for (const word of words) {
      if (node) level = node.next ??= new Map();
      node = level.get(word);
      if (!node) level.set(word, (node = {}));
    }
    // Two names written with the same words: the first one added keeps them.
    node!.entityId ??= entityId;
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
      let node = this.root.get(folded(first[0], first[1]));
      let end = first[1];
      let longest: NameMatch | undefined;
      while (node) {
        if (node.entityId !== undefined) longest = { start, end, entityId: node.entityId };
        const word = node.next ? nextWord(text, end) : null;
        if (!word) break;
        node = node.next!.get(folded(word[0], word[1]));
        end = word[1];
      }
      if (!longest) return;
      matches.push(longest);
      covered = longest.end;
    };
    if (starts) for (const s of starts) tryAt(s);
    else forEachWordBounds(text, (start) => tryAt(start));
    return matches;
  }
}
