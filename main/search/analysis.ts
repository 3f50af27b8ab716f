/**
 * Text analysis shared by indexing, queries, phrase checks and highlighting: one function decides
 * what a word is and what it is indexed as, so a hit can always be mapped back to the text.
 *
 * - Words are runs of Unicode letters, digits and marks; an apostrophe, ZWNJ, ZWJ or soft hyphen
 *   between two word characters joins them ("O'Brien", "می‌خواهم" stays one word).
 * - Each word is NFKC-normalised, lowercased and folded: Arabic-form letters to Persian ones,
 *   harakat, tatweel and ZWNJ removed, Persian and Arabic-Indic digits to ASCII; Latin words lose
 *   accents, English stop words are dropped and the rest are Porter-stemmed.
 */
import lunr from 'lunr';
import { MAX_TERM_LENGTH } from '../library/budget/limits';
import { ownString } from '../library/ownString';
import { wordKey } from './wordPairs';

export interface AnalyzedToken {
  /** The indexed term. */
  term: string;
  /** Offset of the word's first character in the original text. */
  start: number;
  /** Offset just past the word's last character. */
  end: number;
}

/** A word of the text, including stop words (term null), for phrase checks. */
export interface StreamToken {
  term: string | null;
  /** The folded word before stemming: how stop words inside a phrase are compared. */
  folded: string;
  start: number;
  end: number;
}

const ARABIC_TO_PERSIAN: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ة': 'ه',
};
const LATIN_EXTRA: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th' };
// Harakat, superscript alef, tatweel, ZWNJ, ZWJ and soft hyphen carry no meaning for search.
const REMOVED = /[\u064B-\u065F\u0670\u0640\u00AD]|\u200C|\u200D/g;
const ARABIC_LETTERS = /[يىئكأإآٱؤة]/g;
const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}\p{N}']+$/u;
const COMBINING = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Fold a word's spelling (no stemming, no stop words): the form phrase checks compare. */
export function foldWord(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(/[’ʼ‘]/g, "'").replace(REMOVED, '');
  w = w.replace(ARABIC_LETTERS, (c) => ARABIC_TO_PERSIAN[c] ?? c);
  w = w.replace(EASTERN_DIGITS, (c) => String((c.charCodeAt(0) - (c >= '\u06F0' ? 0x06f0 : 0x0660))));
  if (!ARABIC_SCRIPT.test(w) && LATIN_WORD.test(w)) {
    w = w.normalize('NFD').replace(COMBINING, '').replace(/[łøđıßæœþ]/g, (c) => LATIN_EXTRA[c] ?? c);
  }
  return w.replace(/^'+|'+$/g, '');
}

const stopWord = (w: string): boolean => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;
const stem = (w: string): string => lunr.stemmer(new lunr.Token(w, {})).toString();

/** The indexed term of a folded word, or null for a stop word. */
function termOfFolded(folded: string): string | null {
  if (folded === '') return null;
  if (!/^[a-z']+$/.test(folded)) return folded;
  const word = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  if (word === '' || stopWord(word)) return null;
  return word.includes("'") ? word : stem(word);
}

interface Analysis {
  term: string | null;
  folded: string;
  /** How phrase filters know the word (wordPairs.ts). */
  key: number;
  /** The term's number in the TermCounter that last met this word (see `TermCounter`), and which counter that was. */
  number: number;
  counter: number;
}

// Per-word cache: a text repeats few distinct words, and stemming dominates analysis time.
const cache = new Map<string, Analysis>();
const CACHE_LIMIT = 500_000;

function analyzeWord(whole: string): Analysis {
  // A longer "word" (a 10 MB run of letters) is indexed and searched by its head, on both sides alike.
  const word = whole.length > MAX_TERM_LENGTH ? whole.slice(0, MAX_TERM_LENGTH) : whole;
  let hit = cache.get(word);
  if (hit === undefined) {
    // From a copy: the word is a slice of a text, and the cache (its key, and a term or folded
    // spelling equal to it) would keep the whole text alive.
    const own = ownString(word);
    const folded = foldWord(own);
    const term = termOfFolded(folded);
    hit = { term, folded, key: wordKey(term, folded), number: -1, counter: 0 };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(own, hit);
  }
  return hit;
}

/** The indexed term of one word as typed (a query term), or null for a stop word. */
export function analyzeTerm(word: string): string | null {
  return analyzeWord(word).term;
}

// 0 unknown, 1 word character, 2 not: filled lazily, one regex test per distinct code unit.
const charClass = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  charClass[c] = word ? 1 : 2;
}

/** Whether the code unit at `i` belongs to a word (letter, digit or mark). */
export function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let k = charClass[c];
  if (k === 1) return true;
  if (k === 2) return false;
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(c < 0xdc00 ? i : i - 1) ?? 0));
  k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  charClass[c] = k;
  return k === 1;
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x200c || c === 0x200d || c === 0xad;

/** Offset just past the word that starts at `start`. */
export function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && isWordUnit(text, i)) i++;
    if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isWordUnit(text, i + 1)) i++;
    else return i;
  }
}

/** Whether a word starts at `i` (not in the middle of one, nor after a joiner inside one). */
export function isWordStart(text: string, i: number): boolean {
  if (i >= text.length || !isWordUnit(text, i)) return false;
  if (i > 0 && isWordUnit(text, i - 1)) return false;
  return !(i > 1 && isJoiner(text.charCodeAt(i - 1)) && isWordUnit(text, i - 2));
}

/** Bounds of the first word at or after `from`, or null. */
export function nextWord(text: string, from: number): [number, number] | null {
  let i = from;
  while (i < text.length && !isWordUnit(text, i)) i++;
  return i < text.length ? [i, wordEnd(text, i)] : null;
}

/** Bounds of the last word ending at or before `before`, or null. */
export function previousWord(text: string, before: number): [number, number] | null {
  let j = before - 1;
  while (j >= 0 && !isWordUnit(text, j)) j--;
  if (j < 0) return null;
  const end = j + 1;
  while (j >= 0 && (isWordUnit(text, j) || (j > 0 && isJoiner(text.charCodeAt(j)) && isWordUnit(text, j - 1) && isWordUnit(text, j + 1)))) j--;
  return [j + 1, end];
}

/**
 * Bounds of the word that contains offset `i`, or null when `i` is not a letter, digit or mark.
 * It looks only at that word, never at the run of punctuation before it (which made a caller
 * quadratic on 80 KB of "• ").
 */
export function wordAround(text: string, i: number): [number, number] | null {
  if (i < 0 || i >= text.length || !isWordUnit(text, i)) return null;
  let j = i;
  while (j > 0 && (isWordUnit(text, j - 1) || (j > 1 && isJoiner(text.charCodeAt(j - 1)) && isWordUnit(text, j - 2)))) j--;
  return [j, wordEnd(text, j)];
}

/** Calls `visit` with the offsets of every word of `text` (no strings made: callers slice what they need). */
export function forEachWordBounds(text: string, visit: (start: number, end: number) => void): void {
  for (let w = nextWord(text, 0); w !== null; w = nextWord(text, w[1])) visit(w[0], w[1]);
}

/** Calls `visit` for every word of `text` with its offsets. */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => void): void {
  forEachWordBounds(text, (start, end) => visit(text.slice(start, end), start, end));
}

/** The term (null for a stop word) and folded spelling of one word as it appears in a text. */
export function analyzeOccurrence(word: string): { term: string | null; folded: string } {
  return analyzeWord(word);
}

/** Every word of `text` with its term (null for stop words) and offsets. */
export function tokenStream(text: string): StreamToken[] {
  const out: StreamToken[] = [];
  forEachWord(text, (word, start, end) => {
    const a = analyzeWord(word);
    out.push({ term: a.term, folded: a.folded, start, end });
  });
  return out;
}

/** The indexed terms of `text` with the offsets of the words they come from. */
export function analyzeWithOffsets(text: string): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  forEachWord(text, (word, start, end) => {
    const term = analyzeWord(word).term;
    if (term !== null) out.push({ term, start, end });
  });
  return out;
}

// The words of texts indexed in bulk, by a hash of their code units: a word met before is found
// without being cut out of its text (cutting it, hashing the new string and a Map look-up per word
// were half of building a shard). Slots hold an entry's number + 1 (0: empty); emptied when half full.
const WORD_SLOTS = 1 << 18;
const slotHashes = new Int32Array(WORD_SLOTS);
const slotEntries = new Int32Array(WORD_SLOTS);
let entryWords: string[] = [];
let entryAnalyses: Analysis[] = [];

/** The analysis of the word text[start, end), as analyzeWord gives it. */
function analysisAt(text: string, start: number, end: number): Analysis {
  const length = end - start;
  if (length > MAX_TERM_LENGTH) return analyzeWord(text.slice(start, end));
  if (entryWords.length >= WORD_SLOTS / 2) {
    slotEntries.fill(0);
    entryWords = [];
    entryAnalyses = [];
  }
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let slot = (h ^ (h >>> 14)) & (WORD_SLOTS - 1);
  for (let e = slotEntries[slot]!; e !== 0; slot = (slot + 1) & (WORD_SLOTS - 1), e = slotEntries[slot]!) {
    if (slotHashes[slot] !== h) continue;
    const word = entryWords[e - 1]!;
    if (word.length === length && text.startsWith(word, start)) return entryAnalyses[e - 1]!;
  }
  const word = ownString(text.slice(start, end));
  const analysis = analyzeWord(word);
  entryWords.push(word);
  entryAnalyses.push(analysis);
  slotHashes[slot] = h;
  slotEntries[slot] = entryWords.length;
  return analysis;
}

let counters = 0;

/**
 * Counts the terms of many texts (a shard's) by number: each distinct term gets the next number
 * as it is first met, so a text's counts are a typed array and the numbers met, not a Map per
 * text. After `countField`, `met` lists the numbers of the field's terms (in the order first met)
 * and `tf[n]` how often each occurs, until `clearField`.
 */
export class TermCounter {
  /** The terms by number. */
  readonly terms: string[] = [];
  readonly met: number[] = [];
  tf = new Uint32Array(1024);
  private readonly numbers = new Map<string, number>();
  private readonly id = ++counters;

  /** Counts the terms of `text`; returns how many there are (the field length). `keys` gets every word's phrase key in order, stop words included. */
  countField(text: string, keys?: number[]): number {
    let length = 0;
    for (let w = nextWord(text, 0); w !== null; w = nextWord(text, w[1])) {
      const analysis = analysisAt(text, w[0], w[1]);
      keys?.push(analysis.key);
      if (analysis.term === null) continue;
      // A word met before by this counter knows its term's number; otherwise the term is looked up (several words share a term).
      if (analysis.counter !== this.id) {
        analysis.number = this.numberOf(analysis.term);
        analysis.counter = this.id;
      }
      const n = analysis.number;
      const before = this.tf[n]!;
      this.tf[n] = before + 1;
      if (before === 0) this.met.push(n);
      length++;
    }
    return length;
  }

  clearField(): void {
    for (const n of this.met) this.tf[n] = 0;
    this.met.length = 0;
  }

  private numberOf(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.numbers.set(term, n);
      this.terms.push(term);
      if (n >= this.tf.length) {
        const grown = new Uint32Array(this.tf.length * 2);
        grown.set(this.tf);
        this.tf = grown;
      }
    }
    return n;
  }
}
