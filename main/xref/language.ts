/**
 * The language of a passage, from its own words: English capitalisation rules (and compromise)
 * apply only to English; Spanish gets its own rules (titles, gazetteers), Persian and Arabic
 * script get none (no capitals: their names come from the alias list and metadata). Bilingual
 * transcripts (the Idaho CSVs: a Spanish and an English paragraph per turn) are decided per
 * passage.
 */
import { codePointTest } from '../library/codePointTest';
import { passageAt } from '../search/snippets';

export type PassageLanguage = 'en' | 'es' | 'fa' | 'other';

const SPANISH = new Set(['que', 'de', 'la', 'el', 'y', 'en', 'los', 'las', 'se', 'no', 'por', 'con', 'una', 'un', 'es', 'para', 'pero', 'como', 'muy', 'yo', 'mi', 'su', 'lo', 'le', 'del', 'al', 'pues', 'porque', 'estaba', 'era', 'fue', 'sí', 'también', 'entonces', 'verdad', 'allí', 'aquí', 'cuando', 'qué', 'él', 'ella', 'todo', 'nada', 'usted', 'tenía', 'este', 'esta', 'eso', 'más']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'that', 'it', 'was', 'i', 'he', 'she', 'you', 'we', 'they', 'is', 'for', 'on', 'with', 'at', 'as', 'but', 'had', 'have', 'be', 'my', 'his', 'her', 'there', 'this', 'what', 'were', 'from', 'so', 'when', 'not', 'an', 'or', 'by', 'did', 'would', 'all', 'about', 'dey', 'dat', 'wuz']);

/** The words that tell the two languages apart. */
export const LISTED_WORDS: Readonly<Record<'es' | 'en', ReadonlySet<string>>> = { es: SPANISH, en: ENGLISH };

/** Each listed word: bit 1 Spanish, bit 2 English. */
const LISTED = new Map<string, number>();
for (const w of SPANISH) LISTED.set(w, 1);
for (const w of ENGLISH) LISTED.set(w, (LISTED.get(w) ?? 0) | 2);
/** The longest listed word: longer words need no lookup. */
const LONGEST = Math.max(...[...LISTED.keys()].map((w) => w.length));

// Letters outside ASCII, from a table filled as code points are met.
const LETTER = codePointTest(/^\p{L}$/u);
const isLetter = (cp: number): boolean => (cp < 128 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER(cp));

/**
 * Calls `word` with the bounds of each run of letters in text[from, to) (the matches of `\p{L}+`
 * there), until it returns true. A loop over code points: a regex match per word allocates.
 */
function forEachWord(text: string, from: number, to: number, word: (start: number, end: number) => boolean | void): void {
  let start = -1;
  for (let i = from; i < to; ) {
    let cp = text.codePointAt(i) ?? 0;
    // A pair cut by `to` is a lone surrogate in text[from, to): no letter.
    if (cp > 0xffff && i + 2 > to) cp = text.charCodeAt(i);
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (word(start, i)) return;
      start = -1;
    }
    i = next;
  }
  if (start >= 0) word(start, to);
}

// Listed words of ASCII letters, in an open-addressed table by a hash of their letters: a word of
// the text is looked up without making a string (slicing and lower-casing every short word was
// most of the cost), and a word not listed (most) is turned away by a typed-array read or two,
// where a Map look-up per word was half of reading a passage's language.
const hashStep = (h: number, lower: number): number => (Math.imul(h, 31) + lower) | 0;
const SLOTS = 512;
const slotOf = (h: number): number => (h ^ (h >>> 9)) & (SLOTS - 1);
const ASCII_LISTED = [...LISTED].filter(([word]) => /^[a-z]+$/.test(word));
const slotHash = new Int32Array(SLOTS);
/** Index into ASCII_LISTED, or -1 for an empty slot. */
const slotWord = new Int16Array(SLOTS).fill(-1);
ASCII_LISTED.forEach(([word], index) => {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  let slot = slotOf(h);
  while (slotWord[slot] !== -1) slot = (slot + 1) & (SLOTS - 1);
  slotHash[slot] = h;
  slotWord[slot] = index;
});

/** The list bits of the ASCII word text[start, start + length) with hash `h`, in any case. */
function listedAscii(text: string, start: number, length: number, h: number): number {
  for (let slot = slotOf(h), w = slotWord[slot]!; w !== -1; slot = (slot + 1) & (SLOTS - 1), w = slotWord[slot]!) {
    if (slotHash[slot] !== h) continue;
    const [word, bits] = ASCII_LISTED[w]!;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(start + k) | 32) === word.charCodeAt(k)) k++;
    if (k === length) return bits;
  }
  return 0;
}

/** Listed words met so far, Spanish and English. */
interface Tally {
  es: number;
  en: number;
}
const count = (tally: Tally, bits: number): void => {
  tally.es += bits & 1;
  tally.en += bits >> 1;
};

/**
 * Counts a word with letters outside ASCII as the words of its lower-case form: lower-casing can
 * add a mark that splits it ("İ" is "i" and a combining dot, so "İde" is "i" and "de").
 */
function countOther(tally: Tally, word: string): void {
  const lower = word.toLowerCase();
  const pieces = lower.length === word.length ? [lower] : (lower.match(/\p{L}+/gu) ?? []);
  for (const piece of pieces) if (piece.length <= LONGEST) count(tally, LISTED.get(piece) ?? 0);
}

/**
 * 'fa' where Arabic letters outnumber Latin ones; else by the listed Spanish and English words
 * among its runs of letters (the matches of \p{L}+ in the lower-cased text). One pass over the
 * text, and a word of ASCII letters is looked up by its hash: the passage's whole text was
 * lower-cased, read again and sliced word by word, 16% of finding names.
 */
export function languageOf(text: string): PassageLanguage {
  let arabic = 0;
  let latin = 0;
  const tally: Tally = { es: 0, en: 0 };
  let start = -1;
  let h = 0;
  let ascii = true;
  for (let i = 0; i <= text.length; ) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c < 128) {
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (letter) {
        latin++;
        if (start < 0) {
          start = i;
          h = 0;
          ascii = true;
        }
        h = hashStep(h, c | 32);
        i++;
        continue;
      }
    } else {
      const cp = c < 0xd800 || c > 0xdbff ? c : (text.codePointAt(i) ?? c);
      if (c >= 0x0600 && c <= 0x06ff) arabic++;
      else if (c >= 0xc0 && c <= 0x24f) latin++;
      if (LETTER(cp)) {
        if (start < 0) start = i;
        ascii = false;
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    // The end of a run of letters (or none): its word, if short enough to be listed.
    if (start >= 0) {
      const length = i - start;
      if (!ascii) countOther(tally, text.slice(start, i));
      else if (length <= LONGEST) count(tally, listedAscii(text, start, length, h));
      start = -1;
    }
    i++;
  }
  if (arabic > latin) return 'fa';
  if (tally.es === 0 && tally.en === 0) return latin > 0 ? 'en' : 'other';
  return tally.es > tally.en * 1.2 ? 'es' : 'en';
}

/** Whether text[from, to) has at least `n` words (counting stops there: a passage may be thousands of words). */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let seen = 0;
  forEachWord(text, from, to, () => ++seen >= n);
  return seen >= n;
}

/** The language at each offset's passage: a lookup built once per interview, each passage read when first asked about. */
export function passageLanguages(text: string, passages: ReadonlyArray<{ start: number; end: number }>): (offset: number) => PassageLanguage {
  const spans = passages.length > 0 ? passages : [{ start: 0, end: text.length }];
  // The interview's own language, read only where a passage does not tell (most interviews never need it).
  let whole: PassageLanguage | undefined;
  const wholeLanguage = (): PassageLanguage => (whole ??= languageOf(text.slice(0, 20_000)));
  // A turn of a few words ("Sí.", "Okay.") says little: it takes the interview's language (null).
  const langs: Array<PassageLanguage | null | undefined> = [];
  const languageOfPassage = (at: number): PassageLanguage | null => {
    let lang = langs[at];
    if (lang === undefined) {
      const { start, end } = spans[at]!;
      langs[at] = lang = hasWords(text, start, end, 6) ? languageOf(text.slice(start, end)) : null;
    }
    return lang;
  };
  return (offset) => {
    const at = passageAt(spans, offset);
    return (at === undefined ? undefined : languageOfPassage(at)) ?? wholeLanguage();
  };
}
