/**
 * Where names can be in a Latin-script text: runs of capitalised words ("Camp Ashraf",
 * "Society for Defending Immigrants and Iranians in France"), found with one native regular
 * expression. Tagging a whole text with compromise costs ~30 µs a word (days of CPU for a large
 * archive, measured in scripts/bench-xref.ts); a regex pass costs ~1 ms an interview, and only
 * the distinct runs need tagging (see classify.ts).
 */

import { ownString } from '../library/ownString';
import { analyzeTerm, isWordStart } from '../search/analysis';

// Capitalised words repeat a lot: each one's analysis is remembered.
const stopWords = new Map<string, boolean>();
function isStopWord(word: string): boolean {
  let stop = stopWords.get(word);
  if (stop === undefined) {
    if (stopWords.size >= 200_000) stopWords.clear();
    stop = word.length === 1 || analyzeTerm(word) === null;
    stopWords.set(word, stop);
  }
  return stop;
}

export interface Run {
  text: string;
  start: number;
  end: number;
  /** The run is one word at the start of a sentence: its capital says nothing. */
  initial: boolean;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;
// Inside a run: middle initials ("Michael S. Mahoney", "W.C. Parson Allen") and place abbreviations ("St. Louis").
const INNER = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*|St\.|Mt\.|Ft\.)`;
// "and", "in" and "for" would join lists ("Istanbul and Ankara") into one run; names that hold them are still found by the alias matcher.
const CONNECTOR = String.raw`(?:of|al|el|de|del|da|the|bin|ibn|van|von|e)`;
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?:${INNER}[ \t]*)*${WORD}(?:[ \t]+(?:${CONNECTOR}[ \t]+|${INNER}[ \t]*)*${WORD})*`, 'gu');
const SENTENCE_START = /(?:^|[.!?:\n"“(]\s*|\s[-–—]\s+)$/u;

/**
 * Offsets of the words a name can begin with: capitalised words, and every word in Arabic script
 * (which has no capitals). Far fewer than all words in an English text.
 */
export function nameStarts(text: string): number[] {
  const starts: number[] = [];
  // A loop over char codes: several times faster than a Unicode-property regex with a lookbehind.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 0xc0)) continue;
    if ((c <= 90 || isArabicLetter(c) || isCapital(text[i] ?? '')) && isWordStart(text, i)) starts.push(i);
  }
  return starts;
}

const isArabicLetter = (c: number): boolean => (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
const isCapital = (ch: string): boolean => ch !== ch.toLowerCase();


/** A name in a run: where in the run it starts, and whether it is one word. */
type Piece = readonly [offset: number, name: string, oneWord: boolean];

// Runs repeat far more than they differ ("And", "The", "Camp Ashraf"): each text's pieces are worked out once.
const piecesByRun = new Map<string, readonly Piece[]>();

/** The names a run's text holds: the same for every occurrence of the text, wherever it is. */
function piecesOf(raw: string): readonly Piece[] {
  let pieces = piecesByRun.get(raw);
  if (pieces === undefined) {
    if (piecesByRun.size >= 200_000) piecesByRun.clear();
    // Remembered from a copy: the run is a slice of its interview's text, and would keep it alive.
    const own = ownString(raw);
    piecesByRun.set(own, (pieces = splitRun(own)));
  }
  return pieces;
}

function splitRun(raw: string): Piece[] {
  const pieces: Piece[] = [];
  const push = (part: string, offset: number): void => {
    // "Iran-Iraq war", "Half Moon Bay-Pescadero": two names joined by a hyphen ("Al-Khalis", "Mojahedin-e Khalq" stay one).
    const joined = /^(.*?[\p{L}]{3,})-(?=\p{Lu})/u.exec(part);
    if (joined?.[1] && !/(?:^|\s)(?:al|el|ibn|bin|abu|MS|PC)$/iu.test(joined[1])) {
      push(joined[1], offset);
      push(part.slice(joined[1].length + 1), offset + joined[1].length + 1);
      return;
    }
    // A trailing apostrophe or dash belongs to the sentence, not the name.
    const name = part.replace(/[’'-]+$/u, '');
    if (name !== '') pieces.push([offset, name, !/\s/.test(name)]);
  };
  // One word (most runs): a stop word is no name, anything else is one.
  if (!/\s/.test(raw)) {
    if (!isStopWord(raw)) push(raw, 0);
    return pieces;
  }
  // "I Ruth Taylor", "We Mehmet Szabó": a capitalised stop word is not part of the name after it.
  let from = 0;
  for (const w of raw.matchAll(/\S+/gu)) {
    if (!isStopWord(w[0]) || !/^\p{Lu}/u.test(w[0]) || w[0].endsWith(".")) continue;
    if (w.index > from) push(raw.slice(from, w.index).trimEnd(), from);
    from = w.index + w[0].length + 1;
  }
  if (from < raw.length) push(raw.slice(from), from);
  return pieces;
}

const RUN_AT = new RegExp(RUN.source, 'uy');
const UPPER = /^\p{Lu}$/u;
const upper = new Map<number, boolean>();
function isUpper(cp: number): boolean {
  let u = upper.get(cp);
  if (u === undefined) upper.set(cp, (u = UPPER.test(String.fromCodePoint(cp))));
  return u;
}
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The matches of RUN, in order, as matchAll would find them; but the pattern is tried only where
 * it can match (a run begins with a capital letter, not after a letter or digit), found by a loop
 * over char codes: several times cheaper than the regex trying every offset.
 */
function forEachRun(text: string, found: (run: string, index: number) => void): void {
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const capital = c < 128 ? c >= 65 && c <= 90 : c >= 0xc0 && isUpper(text.codePointAt(i) ?? c);
    if (capital && !(i > 0 && isAsciiLetterOrDigit(text.charCodeAt(i - 1)))) {
      RUN_AT.lastIndex = i;
      // test, not exec: no match array to allocate; lastIndex is where the run ends.
      if (RUN_AT.test(text)) {
        found(text.slice(i, RUN_AT.lastIndex), i);
        i = RUN_AT.lastIndex;
        continue;
      }
    }
    i++;
  }
}

export function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  forEachRun(text, (run, index) => {
    // An indexed loop: destructuring each piece through the iterator was a tenth of finding names.
    const pieces = piecesOf(run);
    for (let k = 0; k < pieces.length; k++) {
      const [offset, name, oneWord] = pieces[k]!;
      const start = index + offset;
      const initial = oneWord && SENTENCE_START.test(text.slice(Math.max(0, start - 4), start));
      runs.push({ text: name, start, end: start + name.length, initial });
    }
  });
  return runs;
}
