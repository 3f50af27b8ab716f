/**
 * Whether a text writes a word in lower case: "den" in the text says "Den" is a word, not a name.
 * Exactly the words matched by `(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}'’]*` (global, Unicode) over
 * the text, but only the few words asked about are looked for (one native indexOf pass each,
 * remembered) instead of collecting every word: an interview has thousands of words and asks
 * about a few hundred.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LOWER = /^\p{Ll}$/u;
/** A word as the pattern reads it: a lower-case letter, then letters, marks and apostrophes. */
const WORD = /^\p{Ll}[\p{L}\p{M}'’]*$/u;

// Per code point (-1: none): bit 1 letter or mark, bit 2 lower-case letter.
const classes = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 0) return 0;
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (LETTER_OR_MARK.test(ch) ? 1 : 0) | (LOWER.test(ch) ? 2 : 0);
    classes.set(cp, c);
  }
  return c;
}

/** The code point ending just before `i` and where it starts (-1 at the text's start). */
function before(text: string, i: number): { cp: number; at: number } {
  if (i <= 0) return { cp: -1, at: -1 };
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { cp: text.codePointAt(i - 2) ?? low, at: i - 2 };
  }
  return { cp: low, at: i - 1 };
}

const isApostrophe = (cp: number): boolean => cp === 0x27 || cp === 0x2019;
/** In the pattern's tail: a letter, a mark or an apostrophe. */
const inWord = (cp: number): boolean => isApostrophe(cp) || (classOf(cp) & 1) !== 0;
/** Where a match can begin: a lower-case letter not after a letter or mark. */
const canStart = (text: string, i: number): boolean => (classOf(text.codePointAt(i) ?? -1) & 2) !== 0 && (classOf(before(text, i).cp) & 1) === 0;

/**
 * Whether the pattern's scan matches the word at `at`. A match runs to the end of its run of
 * word characters, so a run holds one match, from its first possible start: "n" is not a match
 * in "rock'n'roll".
 */
function matchesAt(text: string, at: number, length: number): boolean {
  const end = at + length;
  if (end < text.length && inWord(text.codePointAt(end) ?? -1)) return false;
  if (!canStart(text, at)) return false;
  const prev = before(text, at);
  if (!isApostrophe(prev.cp)) return true;
  // Back over the run to its start: an earlier start in it would have taken the whole run.
  let from = prev.at;
  while (from > 0 && inWord(before(text, from).cp)) from = before(text, from).at;
  for (let i = from; i < at; i++) if (canStart(text, i)) return false;
  return true;
}

/** The end of the pattern's match starting at `i` (a possible start): the end of its run of word characters. */
function wordEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27)) break;
      end++;
    } else {
      const cp = text.codePointAt(end) ?? c;
      if (!inWord(cp)) break;
      end += cp > 0xffff ? 2 : 1;
    }
  }
  return end;
}

/** A word's first code unit and length, as one number (lengths past 4095 share one). */
const shapeOf = (first: number, length: number): number => first * 4096 + Math.min(length, 4095);

/** Those of `words` the text writes in lower case: one pass over the text, a loop over char codes (ASCII inline). */
function foundAmong(text: string, words: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (words.size === 0) return found;
  // Most of the text's words cannot be one of these (another first letter or length): they are never copied out.
  const shapes = new Set([...words].map((w) => shapeOf(w.charCodeAt(0), w.length)));
  let afterLetter = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const ascii = c < 128;
    const cls = ascii ? ((c >= 97 && c <= 122) ? 3 : c >= 65 && c <= 90 ? 1 : 0) : classOf(text.codePointAt(i) ?? c);
    if ((cls & 2) !== 0 && !afterLetter) {
      const end = wordEnd(text, i);
      if (shapes.has(shapeOf(c, end - i))) {
        const word = text.slice(i, end);
        if (words.has(word)) found.add(word);
      }
      // The match took the whole run: what follows it is no letter, mark or apostrophe.
      afterLetter = false;
      i = end;
      continue;
    }
    afterLetter = (cls & 1) !== 0;
    i += !ascii && c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/**
 * The lower-case words of one text, for the words expected to be asked about (found in one
 * pass); any other word is looked for when asked (indexOf, remembered).
 */
export class LowerCaseWords {
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly text: string,
    expected: Iterable<string> = [],
  ) {
    const words = new Set([...expected].filter((w) => WORD.test(w)));
    const found = foundAmong(text, words);
    for (const w of words) this.known.set(w, found.has(w));
  }

  has(word: string): boolean {
    let found = this.known.get(word);
    if (found === undefined) {
      found = WORD.test(word) && this.find(word);
      this.known.set(word, found);
    }
    return found;
  }

  private find(word: string): boolean {
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) if (matchesAt(this.text, at, word.length)) return true;
    return false;
  }
}
