/**
 * Finding what a query matched in a text: term occurrences and phrase occurrences (consecutive
 * words, stop words compared by spelling), as character spans of the original text.
 *
 * This runs on every hit shown and on every phrase candidate, so it does not analyse every word:
 * a regular expression finds the words whose first letters could begin a wanted term, and only
 * those are analysed. Folding only lowercases ASCII letters, and Porter stemming keeps the first
 * three letters of a stem of three letters or more (except y → i: "say" → "sai") and the first
 * two of a two-letter stem, so the filter loses nothing; a word with a non-ASCII character is
 * always analysed.
 */
import { analyzeOccurrence, isWordStart, nextWord, previousWord, wordAround, wordEnd } from './analysis';
import type { PhraseWord } from './query';

export interface Span {
  start: number;
  end: number;
}

const ASCII_ALNUM = /^[a-z0-9]$/;
const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

// Compiled patterns by wanted terms: every hit and phrase candidate of a query asks for the same one.
interface StartPattern {
  pattern: RegExp;
  /**
   * The first letters of the wanted terms when all of them begin with an ASCII letter or digit,
   * else null. A word that begins with an ASCII character folds to a term that begins with that
   * character lowercased, or with a non-ASCII one (NFKC may compose it with a following mark),
   * so a non-ASCII run inside a word whose first letter is none of these cannot be wanted. The
   * generated corpus has about 90 such runs in a text ("Müller", "Tabrizí"), each analysed before.
   */
  firsts: Set<number> | null;
}
const patterns = new Map<string, StartPattern>();
const PATTERN_CACHE_LIMIT = 256;

/** A pattern that finds the start of every word that may analyse to one of `wanted`, ready to run from the start. */
function startPattern(wanted: readonly string[]): StartPattern {
  const key = wanted.join('\u0000');
  let start = patterns.get(key);
  if (start === undefined) {
    if (patterns.size >= PATTERN_CACHE_LIMIT) patterns.clear();
    const asciiFirst = wanted.every((w) => ASCII_ALNUM.test(w.charAt(0)));
    start = { pattern: compileStartPattern(wanted), firsts: asciiFirst ? new Set(wanted.map((w) => w.charCodeAt(0))) : null };
    patterns.set(key, start);
  }
  start.pattern.lastIndex = 0;
  return start;
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

function compileStartPattern(wanted: readonly string[]): RegExp {
  // Runs of non-ASCII characters are matched whole (a lookbehind on each is slow) and searched for word starts.
  const alternatives = new Set<string>(['[\\u0080-\\uffff]+']);
  const prefixes = new Set<string>();
  for (const w of wanted) {
    const c0 = w.charAt(0);
    const c1 = w.charAt(1);
    if (!ASCII_ALNUM.test(c0)) continue;
    const c2 = w.charAt(2);
    if (!ASCII_ALNUM.test(c1)) prefixes.add(c0);
    else if (!ASCII_ALNUM.test(c2)) prefixes.add(c0 + c1);
    else prefixes.add(escape(c0 + c1) + (c2 === 'i' ? '[iy]' : escape(c2)));
  }
  if (prefixes.size > 0) alternatives.add(`(?<![A-Za-z0-9])(?:${[...prefixes].join('|')})`);
  return new RegExp([...alternatives].join('|'), 'gi');
}

/** Calls `visit` with the bounds of each word that may analyse to one of `wanted`, until it returns true. */
function forEachCandidate(text: string, wanted: readonly string[], visit: (start: number, end: number) => boolean): void {
  const { pattern, firsts } = startPattern(wanted);
  let visitedUntil = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const runEnd = m.index + m[0].length;
    let start = m.index;
    while (start < runEnd && !isWordStart(text, start)) start++;
    if (start === runEnd) {
      // Non-ASCII inside a word ("oﬁce", "café"): NFKC or folding may change it, so the whole word is a candidate.
      const inside = wordAround(text, m.index);
      if (inside === null || inside[1] <= m.index || inside[0] < visitedUntil) continue;
      const first = text.charCodeAt(inside[0]);
      if (firsts !== null && first < 128 && !firsts.has(lowerAscii(first))) continue;
      start = inside[0];
    }
    const end = wordEnd(text, start);
    pattern.lastIndex = end;
    visitedUntil = end;
    if (visit(start, end)) return;
  }
}

const analyse = (text: string, start: number, end: number) => analyzeOccurrence(text.slice(start, end));

function matchesWord(text: string, bounds: [number, number] | null, w: PhraseWord | undefined): boolean {
  if (bounds === null || w === undefined) return false;
  const a = analyse(text, bounds[0], bounds[1]);
  return w.term !== null ? a.term === w.term : a.folded === w.folded;
}

/** The span of the phrase whose word `k` is the word at [start, end), or null. */
function phraseAround(text: string, start: number, end: number, words: PhraseWord[], k: number): Span | null {
  let first = start;
  for (let j = k - 1; j >= 0; j--) {
    const w = previousWord(text, first);
    if (!matchesWord(text, w, words[j]) || w === null) return null;
    first = w[0];
  }
  let last = end;
  for (let j = k + 1; j < words.length; j++) {
    const w = nextWord(text, last);
    if (!matchesWord(text, w, words[j]) || w === null) return null;
    last = w[1];
  }
  return { start: first, end: last };
}

/** The word a phrase is looked for by: its first content word (stop words are everywhere). */
function anchorOf(words: PhraseWord[]): number {
  const k = words.findIndex((w) => w.term !== null);
  return k < 0 ? 0 : k;
}
const spelling = (w: PhraseWord | undefined): string => w?.term ?? w?.folded ?? '';
const sameWord = (a: { term: string | null; folded: string }, w: PhraseWord | undefined): boolean =>
  w !== undefined && (w.term !== null ? a.term === w.term : a.folded === w.folded);

/** Whether `text` contains the phrase. */
export function containsPhrase(text: string, words: PhraseWord[]): boolean {
  const k = anchorOf(words);
  let found = false;
  forEachCandidate(text, [spelling(words[k])], (s, e) => {
    found = sameWord(analyse(text, s, e), words[k]) && phraseAround(text, s, e, words, k) !== null;
    return found;
  });
  return found;
}

export interface SpanOptions {
  /** Stop after this many spans… */
  max?: number;
  /** …keeping only spans that start at least this many characters after the previous one ends. */
  minGap?: number;
  /** Stop once this many term occurrences were seen (the index's count: none is left to find). */
  occurrences?: number;
}

/** Spans of phrase occurrences and of term occurrences outside them, in text order. */
export function matchSpans(text: string, terms: ReadonlySet<string>, phrases: PhraseWord[][], opts: SpanOptions = {}): Span[] {
  const anchors = phrases.map(anchorOf);
  const max = opts.max ?? Infinity;
  const gap = opts.minGap ?? 0;
  const occurrences = opts.occurrences ?? Infinity;
  if (occurrences === 0 && phrases.length === 0) return [];
  let seen = 0;
  const spans: Span[] = [];
  let coveredUntil = -1;
  const keep = (span: Span): void => {
    const last = spans[spans.length - 1];
    if (last === undefined || span.start >= last.end + gap) spans.push(span);
  };
  const wanted = [...terms, ...phrases.map((p, n) => spelling(p[anchors[n] ?? 0]))];
  forEachCandidate(text, wanted, (s, e) => {
    const a = analyse(text, s, e);
    let phrase: Span | null = null;
    for (let n = 0; n < phrases.length && phrase === null; n++) {
      const words = phrases[n] ?? [];
      const k = anchors[n] ?? 0;
      if (sameWord(a, words[k])) phrase = phraseAround(text, s, e, words, k);
    }
    if (phrase !== null) {
      // Words of the phrase already counted as terms give way to the phrase.
      while ((spans[spans.length - 1]?.start ?? -1) >= phrase.start) spans.pop();
      if (phrase.start >= coveredUntil) keep(phrase);
      coveredUntil = Math.max(coveredUntil, phrase.end);
    } else if (s >= coveredUntil && a.term !== null && terms.has(a.term)) {
      seen++;
      keep({ start: s, end: e });
    }
    return spans.length >= max || seen >= occurrences;
  });
  return spans;
}
