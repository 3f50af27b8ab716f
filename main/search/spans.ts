/**
 * Finding what a query matched in a text: term occurrences and phrase occurrences (consecutive
 * words, stop words compared by spelling), as character spans of the original text.
 *
 * Speed matters (this runs on every hit shown): words are delimited without making strings, and
 * a word whose first character is ASCII is only analysed when that character, lowercased, starts
 * one of the wanted terms — folding and stemming never change an ASCII first letter.
 */
import { analyzeOccurrence, forEachWordBounds } from './analysis';
import type { PhraseWord } from './query';

export interface Span {
  start: number;
  end: number;
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

class WordScanner {
  readonly bounds: number[] = [];
  private readonly terms: (string | null | undefined)[] = [];
  private readonly folded: (string | undefined)[] = [];

  constructor(private readonly text: string) {
    forEachWordBounds(text, (s, e) => this.bounds.push(s, e));
  }

  get length(): number {
    return this.bounds.length / 2;
  }

  start(i: number): number {
    return this.bounds[2 * i] ?? 0;
  }

  end(i: number): number {
    return this.bounds[2 * i + 1] ?? 0;
  }

  /** Could word i analyse to something starting with one of `firsts`? */
  mayStartWith(i: number, firsts: Set<number>): boolean {
    const c = this.text.charCodeAt(this.start(i));
    return c >= 128 || firsts.has(lowerAscii(c));
  }

  private analyse(i: number): void {
    if (this.folded[i] !== undefined) return;
    const a = analyzeOccurrence(this.text.slice(this.start(i), this.end(i)));
    this.terms[i] = a.term;
    this.folded[i] = a.folded;
  }

  matches(i: number, w: PhraseWord): boolean {
    this.analyse(i);
    return w.term !== null ? this.terms[i] === w.term : this.folded[i] === w.folded;
  }

  term(i: number): string | null {
    this.analyse(i);
    return this.terms[i] ?? null;
  }

  phraseAt(i: number, words: PhraseWord[]): boolean {
    if (i + words.length > this.length) return false;
    return words.every((w, k) => this.matches(i + k, w));
  }
}

const firstCodes = (strings: Iterable<string>): Set<number> => {
  const out = new Set<number>();
  for (const s of strings) out.add(s.charCodeAt(0));
  return out;
};

const phraseFirsts = (phrases: PhraseWord[][]): string[] =>
  phrases.flatMap((p) => (p[0] === undefined ? [] : [p[0].term ?? p[0].folded]));

/** Whether `text` contains the phrase. */
export function containsPhrase(text: string, words: PhraseWord[]): boolean {
  const scan = new WordScanner(text);
  const firsts = firstCodes(phraseFirsts([words]));
  for (let i = 0; i < scan.length; i++) if (scan.mayStartWith(i, firsts) && scan.phraseAt(i, words)) return true;
  return false;
}

/** Spans of every phrase occurrence and of every term occurrence outside them, in text order. */
export function matchSpans(text: string, terms: ReadonlySet<string>, phrases: PhraseWord[][]): Span[] {
  const scan = new WordScanner(text);
  const firsts = firstCodes([...terms, ...phraseFirsts(phrases)]);
  const spans: Span[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < scan.length; i++) {
    if (!scan.mayStartWith(i, firsts)) continue;
    const phrase = phrases.find((words) => scan.phraseAt(i, words));
    if (phrase !== undefined) {
      const last = i + phrase.length - 1;
      spans.push({ start: scan.start(i), end: scan.end(last) });
      coveredUntil = scan.end(last);
    } else if (scan.start(i) >= coveredUntil) {
      const term = scan.term(i);
      if (term !== null && terms.has(term)) spans.push({ start: scan.start(i), end: scan.end(i) });
    }
  }
  return spans;
}
