import { forEachWord, foldWord } from '../search/analysis';

/** A name as the sequence of folded words it is written with ("Camp Ashraf" → camp, ashraf). */
export function nameKey(name: string): string[] {
  const words: string[] = [];
  forEachWord(name, (word) => {
    const folded = foldWord(word).replace(/'s$/, '');
    if (folded) words.push(folded);
  });
  return words;
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
  private readonly byFirst = new Map<string, Array<{ words: string[]; entityId: string }>>();

  add(entityId: string, name: string): void {
    const words = nameKey(name);
    const first = words[0];
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, entityId });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  find(text: string): NameMatch[] {
    const words: Array<{ folded: string; start: number; end: number }> = [];
    forEachWord(text, (word, start, end) => words.push({ folded: foldWord(word).replace(/'s$/, ''), start, end }));
    const matches: NameMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]?.folded ?? '');
      const hit = candidates?.find((c) => c.words.every((w, k) => words[i + k]?.folded === w));
      if (!hit) continue;
      const last = words[i + hit.words.length - 1];
      matches.push({ start: words[i]?.start ?? 0, end: last?.end ?? 0, entityId: hit.entityId });
      i += hit.words.length - 1;
    }
    return matches;
  }
}
