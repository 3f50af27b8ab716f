/**
 * The language of a passage, from its own words: English capitalisation rules (and compromise)
 * apply only to English; Spanish gets its own rules (titles, gazetteers), Persian and Arabic
 * script get none (no capitals: their names come from the alias list and metadata). Bilingual
 * transcripts (the Idaho CSVs: a Spanish and an English paragraph per turn) are decided per
 * passage.
 */
import { passageAt } from '../search/snippets';

export type PassageLanguage = 'en' | 'es' | 'fa' | 'other';

const SPANISH = new Set(['que', 'de', 'la', 'el', 'y', 'en', 'los', 'las', 'se', 'no', 'por', 'con', 'una', 'un', 'es', 'para', 'pero', 'como', 'muy', 'yo', 'mi', 'su', 'lo', 'le', 'del', 'al', 'pues', 'porque', 'estaba', 'era', 'fue', 'sí', 'también', 'entonces', 'verdad', 'allí', 'aquí', 'cuando', 'qué', 'él', 'ella', 'todo', 'nada', 'usted', 'tenía', 'este', 'esta', 'eso', 'más']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'that', 'it', 'was', 'i', 'he', 'she', 'you', 'we', 'they', 'is', 'for', 'on', 'with', 'at', 'as', 'but', 'had', 'have', 'be', 'my', 'his', 'her', 'there', 'this', 'what', 'were', 'from', 'so', 'when', 'not', 'an', 'or', 'by', 'did', 'would', 'all', 'about', 'dey', 'dat', 'wuz']);

/** Each listed word: bit 1 Spanish, bit 2 English. */
const LISTED = new Map<string, number>();
for (const w of SPANISH) LISTED.set(w, 1);
for (const w of ENGLISH) LISTED.set(w, (LISTED.get(w) ?? 0) | 2);
/** The longest listed word: longer words need no lookup. */
const LONGEST = Math.max(...[...LISTED.keys()].map((w) => w.length));

// Letters outside ASCII, remembered per code point.
const LETTER = /^\p{L}$/u;
const letters = new Map<number, boolean>();
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let letter = letters.get(cp);
  if (letter === undefined) letters.set(cp, (letter = LETTER.test(String.fromCodePoint(cp))));
  return letter;
}

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

/** How many of a lower-cased text's words are on the Spanish list and on the English one. */
function listedWords(lower: string): { es: number; en: number } {
  let es = 0;
  let en = 0;
  forEachWord(lower, 0, lower.length, (start, end) => {
    const listed = end - start <= LONGEST ? (LISTED.get(lower.slice(start, end)) ?? 0) : 0;
    es += listed & 1;
    en += listed >> 1;
  });
  return { es, en };
}

export function languageOf(text: string): PassageLanguage {
  let arabic = 0;
  let latin = 0;
  // By code unit: iterating a string by character allocates a string per character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic > latin) return 'fa';
  const { es, en } = listedWords(text.toLowerCase());
  if (es === 0 && en === 0) return latin > 0 ? 'en' : 'other';
  return es > en * 1.2 ? 'es' : 'en';
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
